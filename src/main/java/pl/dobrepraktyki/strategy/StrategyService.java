package pl.dobrepraktyki.strategy;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.accounts.AccountService;
import pl.dobrepraktyki.accounts.AccountView;
import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.localgov.UnitNotFoundException;
import pl.dobrepraktyki.statistics.StatisticsService;

/**
 * Records and reads units' strategies. A public strategy is readable by everyone; a private one by the unit's
 * officials, moderators and administrators (for anyone else it does not exist: {@link StrategyNotFoundException}).
 * Only the unit's officials edit; each edit names the version it was based on, and a stale one throws
 * {@link ObjectOptimisticLockingFailureException} (the 409 page).
 */
@Service
public class StrategyService {

    private final StrategyRepository strategies;
    private final AccountService accounts;
    private final StatisticsService statistics;
    private final StrategyMonitor monitor;
    private final Clock clock;

    StrategyService(StrategyRepository strategies, AccountService accounts, StatisticsService statistics,
            StrategyMonitor monitor, Clock clock) {
        this.strategies = strategies;
        this.monitor = monitor;
        this.accounts = accounts;
        this.statistics = statistics;
        this.clock = clock;
    }

    /** Who is asking. */
    public record Viewer(String unitTeryt, boolean official, boolean overseer) {

        public static final Viewer ANONYMOUS = new Viewer(null, false, false);

        public boolean isOfficialOf(String teryt) {
            return official && unitTeryt != null && unitTeryt.equals(teryt);
        }

        boolean canRead(StrategyView strategy) {
            return strategy.publicVisible() || overseer || isOfficialOf(strategy.teryt());
        }
    }

    /** The header of a strategy. */
    public record Header(String title, int periodFrom, int periodTo, boolean publicVisible) {
    }

    /** An indicator of a goal with its baseline and target. */
    public record TargetParams(String indicatorCode, int baselineYear, double baselineValue, int targetYear,
            double targetValue) {
    }

    public record TargetView(long id, String indicatorCode, int baselineYear, double baselineValue, int targetYear,
            double targetValue) {
    }

    /** A strategic goal with its operational goals (an operational goal's own list is empty). */
    public record GoalView(long id, String title, List<TargetView> targets, List<GoalView> operational) {

        public GoalView(long id, String title, List<TargetView> targets) {
            this(id, title, targets, List.of());
        }
    }

    /** {@code goals}: the strategic goals, each with its operational goals. */
    public record StrategyView(long id, String teryt, String title, int periodFrom, int periodTo,
            boolean publicVisible, long version, List<GoalView> goals) {

        /** Every goal, strategic and operational (each strategic goal followed by its operational ones). */
        public List<GoalView> allGoals() {
            List<GoalView> all = new java.util.ArrayList<>();
            goals.forEach(g -> {
                all.add(g);
                all.addAll(g.operational());
            });
            return all;
        }
    }

    /**
     * Whether a unit has a strategy and how its strategic goals stand. {@code readable}: the viewer may read it
     * (and so may be linked to it); the counts are given whoever asks, for totals (a caller shows a unit's own
     * counts only when readable).
     */
    public record UnitStrategy(String teryt, boolean publicVisible, boolean readable, int goals, int goalsOnTrack,
            int goalsOffTrack) {
    }

    /**
     * The strategies of the units (one query for the strategies; goal statuses from the unit's stored values,
     * without peer figures), keyed by the codes given (a city county's code finds its city's strategy); units
     * without a strategy are absent.
     */
    @Transactional(readOnly = true)
    public Map<String, UnitStrategy> summaries(Collection<String> teryts, Viewer viewer) {
        Map<String, UnitStrategy> result = new LinkedHashMap<>();
        // the given code per register code (a city county's code means its city); unknown codes have none
        Map<String, String> given = new LinkedHashMap<>();
        for (String teryt : teryts) {
            try {
                given.putIfAbsent(canonical(teryt), teryt);
            }
            catch (UnitNotFoundException e) {
                // not a unit of the register: no strategy
            }
        }
        if (given.isEmpty()) {
            return result;
        }
        for (Strategy strategy : strategies.findByTerytIn(given.keySet())) {
            StrategyView view = view(strategy);
            int on = 0;
            int off = 0;
            for (GoalView goal : view.goals()) {
                StrategyMonitor.Status status = monitor.goalStatus(view.teryt(), goal);
                if (status == StrategyMonitor.Status.ON_TRACK) {
                    on++;
                }
                else if (status == StrategyMonitor.Status.OFF_TRACK) {
                    off++;
                }
            }
            result.put(given.get(view.teryt()), new UnitStrategy(view.teryt(), view.publicVisible(), viewer.canRead(view),
                    view.goals().size(), on, off));
        }
        return result;
    }

    public Viewer viewer(String email) {
        if (email == null) {
            return Viewer.ANONYMOUS;
        }
        return accounts.findByEmail(email).map(StrategyService::viewerOf).orElse(Viewer.ANONYMOUS);
    }

    private static Viewer viewerOf(AccountView a) {
        return new Viewer(a.unitTeryt(), a.roles().contains(Role.OFFICIAL),
                a.roles().contains(Role.MODERATOR) || a.roles().contains(Role.ADMIN));
    }

    /**
     * The unit's code as the register keys it (a city county's 4-digit code means the city); a malformed or
     * unknown code is a unit that is not found (404).
     */
    public String canonical(String teryt) {
        try {
            return statistics.unit(teryt).teryt();
        }
        catch (IllegalArgumentException e) {
            throw new UnitNotFoundException(teryt.length() > 20 ? teryt.substring(0, 20) : teryt);
        }
    }

    /** The unit's strategy, whoever asks (for its officials' edit page and the demo content). */
    @Transactional(readOnly = true)
    public Optional<StrategyView> find(String teryt) {
        return strategies.findByTeryt(canonical(teryt)).map(StrategyService::view);
    }

    /** The unit's strategy if the viewer may read it. */
    @Transactional(readOnly = true)
    public StrategyView readable(String teryt, Viewer viewer) {
        String unit = canonical(teryt);
        return find(unit).filter(viewer::canRead).orElseThrow(() -> new StrategyNotFoundException(unit));
    }

    /** Whether the viewer may read the unit's strategy (false when it has none). */
    @Transactional(readOnly = true)
    public boolean isReadable(String teryt, Viewer viewer) {
        return find(teryt).filter(viewer::canRead).isPresent();
    }

    /** Creates the strategy (expected version {@code null}) or changes its header. */
    @Transactional
    public StrategyView describe(String teryt, Header header, Long expectedVersion, Viewer viewer) {
        String unit = editable(teryt, viewer);
        Strategy strategy = strategies.findByTeryt(unit).orElse(null);
        if (strategy == null) {
            if (expectedVersion != null) {
                throw new ObjectOptimisticLockingFailureException(Strategy.class, unit);
            }
            strategy = new Strategy(unit, clock.instant());
        }
        else {
            check(strategy, expectedVersion);
        }
        strategy.describe(header.title().strip(), header.periodFrom(), header.periodTo(), header.publicVisible(),
                clock.instant());
        return saved(strategy);
    }

    @Transactional
    public StrategyView addGoal(String teryt, String title, long expectedVersion, Viewer viewer) {
        return addGoal(teryt, title, null, expectedVersion, viewer);
    }

    /**
     * Adds a strategic goal ({@code parentId} null) or an operational goal of the strategic goal {@code parentId}
     * (a parent that is not a strategic goal of this strategy: {@link StrategyNotFoundException}).
     */
    @Transactional
    public StrategyView addGoal(String teryt, String title, Long parentId, long expectedVersion, Viewer viewer) {
        Strategy strategy = existing(teryt, expectedVersion, viewer);
        try {
            strategy.addGoal(title.strip(), parentId, clock.instant());
        }
        catch (IllegalArgumentException e) {
            throw new StrategyNotFoundException(strategy.getTeryt());
        }
        return saved(strategy);
    }

    @Transactional
    public StrategyView removeGoal(String teryt, long goalId, long expectedVersion, Viewer viewer) {
        Strategy strategy = existing(teryt, expectedVersion, viewer);
        if (strategy.removeOperationalGoals(goalId)) {
            strategies.flush();
        }
        if (!strategy.removeGoal(goalId, clock.instant())) {
            throw new StrategyNotFoundException(strategy.getTeryt());
        }
        return saved(strategy);
    }

    @Transactional
    public StrategyView addTarget(String teryt, long goalId, TargetParams target, long expectedVersion,
            Viewer viewer) {
        statistics.indicator(target.indicatorCode());
        Strategy strategy = existing(teryt, expectedVersion, viewer);
        strategy.addTarget(goalId, target, clock.instant());
        return saved(strategy);
    }

    @Transactional
    public StrategyView removeTarget(String teryt, long targetId, long expectedVersion, Viewer viewer) {
        Strategy strategy = existing(teryt, expectedVersion, viewer);
        if (!strategy.removeTarget(targetId, clock.instant())) {
            throw new StrategyNotFoundException(strategy.getTeryt());
        }
        return saved(strategy);
    }

    private Strategy existing(String teryt, long expectedVersion, Viewer viewer) {
        String unit = editable(teryt, viewer);
        Strategy strategy = strategies.findByTeryt(unit).orElseThrow(() -> new StrategyNotFoundException(unit));
        check(strategy, expectedVersion);
        return strategy;
    }

    private String editable(String teryt, Viewer viewer) {
        String unit = canonical(teryt);
        if (!viewer.isOfficialOf(unit)) {
            throw new AccessDeniedException("only the officials of " + unit + " edit its strategy");
        }
        return unit;
    }

    private static void check(Strategy strategy, Long expectedVersion) {
        if (expectedVersion == null || strategy.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Strategy.class, strategy.getId());
        }
    }

    private StrategyView saved(Strategy strategy) {
        if (strategy.getId() == null) {
            strategies.save(strategy);
        }
        strategies.flush();
        return view(strategy);
    }

    private static StrategyView view(Strategy s) {
        List<GoalView> goals = s.getGoals().stream().filter(g -> g.getParentId() == null)
                .map(g -> new GoalView(g.getId(), g.getTitle(), targets(g), s.getGoals().stream()
                        .filter(o -> o.getParentId() != null && o.getParentId() == g.getId())
                        .map(o -> new GoalView(o.getId(), o.getTitle(), targets(o))).toList()))
                .toList();
        return new StrategyView(s.getId(), s.getTeryt(), s.getTitle(), s.getPeriodFrom(), s.getPeriodTo(),
                s.isPublicVisible(), s.getVersion(), goals);
    }

    private static List<TargetView> targets(StrategyGoal g) {
        return g.getTargets().stream().map(t -> new TargetView(t.getId(), t.getIndicatorCode(), t.getBaselineYear(),
                t.getBaselineValue(), t.getTargetYear(), t.getTargetValue())).toList();
    }

    /** For the demo content: records a strategy as the unit's officials would, without a person. */
    @Transactional
    StrategyView seed(String teryt, Header header, List<SeedGoal> goals) {
        Strategy strategy = new Strategy(canonical(teryt), clock.instant());
        strategy.describe(header.title(), header.periodFrom(), header.periodTo(), header.publicVisible(),
                clock.instant());
        strategies.save(strategy);
        for (SeedGoal g : goals) {
            StrategyGoal goal = strategy.addGoal(g.title(), clock.instant());
            strategies.flush();
            g.targets().forEach(t -> strategy.addTarget(goal.getId(), t, clock.instant()));
        }
        return saved(strategy);
    }

    record SeedGoal(String title, List<TargetParams> targets) {
    }
}
