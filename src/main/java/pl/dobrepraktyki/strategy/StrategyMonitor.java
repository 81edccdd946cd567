package pl.dobrepraktyki.strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSummary;
import pl.dobrepraktyki.statistics.Distribution;
import pl.dobrepraktyki.statistics.Indicator;
import pl.dobrepraktyki.statistics.PeerGroup;
import pl.dobrepraktyki.statistics.Polarity;
import pl.dobrepraktyki.statistics.StatisticsService;

/**
 * Progress of a strategy: for every indicator of a goal the unit's values from the baseline year on, the
 * linear path from baseline to target, and the peer group's quartiles; the indicator is on track when its
 * latest value (at or after the baseline year) is no worse than the path at that year by more than the
 * tolerance ({@code bdp.strategy.tolerance-percent} of the path value, default 5): not below it for
 * {@link Polarity#HIGHER_BETTER}, not above it for {@link Polarity#LOWER_BETTER}, within it on either side for
 * {@link Polarity#NEUTRAL}. A goal is off track when any indicator is, on track when every indicator with data is.
 * A strategic goal's status takes in the indicators of its operational goals as its own: it is off track when
 * any indicator of it or of its operational goals is, on track when every one of them with data is.
 */
@Service
public class StrategyMonitor {

    /** How many units "who to learn from" lists. */
    public static final int LEADERS = 5;
    /** How many of a leader's practices are listed. */
    public static final int LEADER_PRACTICES = 3;

    private final StatisticsService statistics;
    private final PracticeService practices;
    private final double tolerancePercent;

    StrategyMonitor(StatisticsService statistics, PracticeService practices,
            @Value("${bdp.strategy.tolerance-percent:5}") double tolerancePercent) {
        this.statistics = statistics;
        this.practices = practices;
        this.tolerancePercent = tolerancePercent;
    }

    public enum Status {
        ON_TRACK, OFF_TRACK, NO_DATA
    }

    /** One year of an indicator: the unit's value (or null), the path and the peer group's distribution. */
    public record Row(int year, Double value, double path, Distribution peers) {
    }

    /** A unit to learn from, with its public practices in the indicator's area. */
    public record Leader(StatisticsService.Unit unit, double value, List<PracticeSummary> practices) {
    }

    public record TargetProgress(StrategyService.TargetView target, Indicator indicator, List<Row> rows,
            Integer latestYear, Double latestValue, Double pathAtLatest, Status status, List<Leader> leaders) {
    }

    /** A goal's progress; {@code operational}: its operational goals' (empty for an operational goal). */
    public record GoalProgress(StrategyService.GoalView goal, List<TargetProgress> targets, Status status,
            List<GoalProgress> operational) {
    }

    public record StrategyProgress(StrategyService.StrategyView strategy, StatisticsService.Unit unit,
            PeerGroup group, double tolerancePercent, List<GoalProgress> goals) {
    }

    public double tolerancePercent() {
        return tolerancePercent;
    }

    public StrategyProgress progress(StrategyService.StrategyView strategy) {
        PeerGroup group = statistics.peerGroup(strategy.teryt());
        List<GoalProgress> goals = new ArrayList<>();
        for (StrategyService.GoalView goal : strategy.goals()) {
            List<TargetProgress> targets = goal.targets().stream().map(t -> progress(strategy.teryt(), t, group))
                    .toList();
            List<GoalProgress> operational = new ArrayList<>();
            List<Status> all = new ArrayList<>(targets.stream().map(TargetProgress::status).toList());
            for (StrategyService.GoalView o : goal.operational()) {
                List<TargetProgress> own = o.targets().stream().map(t -> progress(strategy.teryt(), t, group)).toList();
                List<Status> statuses = own.stream().map(TargetProgress::status).toList();
                all.addAll(statuses);
                operational.add(new GoalProgress(o, own, goalStatus(statuses), List.of()));
            }
            goals.add(new GoalProgress(goal, targets, goalStatus(all), operational));
        }
        return new StrategyProgress(strategy, statistics.unit(strategy.teryt()), group, tolerancePercent, goals);
    }

    /**
     * The goal's status without the chart rows and peer figures (for summaries of many units): the same rule as
     * {@link #progress} (a strategic goal's operational goals' indicators included), on the unit's latest value
     * at or after each indicator's baseline year.
     */
    public Status goalStatus(String teryt, StrategyService.GoalView goal) {
        List<Status> statuses = new ArrayList<>();
        List<StrategyService.TargetView> targets = new ArrayList<>(goal.targets());
        goal.operational().forEach(o -> targets.addAll(o.targets()));
        for (StrategyService.TargetView t : targets) {
            List<StatisticsService.Point> points = statistics.series(teryt, t.indicatorCode(), t.baselineYear(), null);
            if (points.isEmpty()) {
                statuses.add(Status.NO_DATA);
            }
            else {
                StatisticsService.Point latest = points.get(points.size() - 1);
                statuses.add(status(statistics.indicator(t.indicatorCode()).polarity(), latest.value(),
                        path(t, latest.year()), tolerancePercent));
            }
        }
        return goalStatus(statuses);
    }

    private TargetProgress progress(String teryt, StrategyService.TargetView t, PeerGroup group) {
        Indicator indicator = statistics.indicator(t.indicatorCode());
        List<Row> rows = new ArrayList<>();
        Integer latestYear = null;
        Double latestValue = null;
        for (StatisticsService.YearComparison y : statistics.history(teryt, t.indicatorCode(), group)) {
            if (y.year() < t.baselineYear()) {
                continue;
            }
            rows.add(new Row(y.year(), y.value(), path(t, y.year()), y.peers()));
            if (y.value() != null) {
                latestYear = y.year();
                latestValue = y.value();
            }
        }
        Double pathAtLatest = latestYear == null ? null : path(t, latestYear);
        Status status = latestYear == null ? Status.NO_DATA
                : status(indicator.polarity(), latestValue, pathAtLatest, tolerancePercent);
        List<Leader> leaders = status == Status.OFF_TRACK ? leaders(teryt, t, indicator, latestYear, group) : List.of();
        return new TargetProgress(t, indicator, rows, latestYear, latestValue, pathAtLatest, status, leaders);
    }

    private List<Leader> leaders(String teryt, StrategyService.TargetView t, Indicator indicator, int year,
            PeerGroup group) {
        List<StatisticsService.Ranked> ranking = new ArrayList<>(statistics.ranking(t.indicatorCode(), year, group));
        if (indicator.polarity() == Polarity.NEUTRAL) {
            // neither way is better: the units furthest in the direction of the target
            Comparator<StatisticsService.Ranked> order = Comparator.comparingDouble(StatisticsService.Ranked::value);
            ranking.sort(t.targetValue() >= t.baselineValue() ? order.reversed() : order);
        }
        return ranking.stream().filter(r -> !r.unit().teryt().equals(teryt)).limit(LEADERS)
                .map(r -> new Leader(r.unit(), r.value(), practices
                        .publishedOfUnitInArea(r.unit().teryt(), indicator.areaCode()).stream()
                        .limit(LEADER_PRACTICES).toList()))
                .toList();
    }

    /** The linear path from baseline to target at the year (the baseline before it, the target after it). */
    public static double path(StrategyService.TargetView t, int year) {
        if (year <= t.baselineYear()) {
            return t.baselineValue();
        }
        if (year >= t.targetYear()) {
            return t.targetValue();
        }
        return t.baselineValue() + (t.targetValue() - t.baselineValue()) * (year - t.baselineYear())
                / (t.targetYear() - t.baselineYear());
    }

    /** Whether a value keeps to the path, within the tolerance (percent of the path value). */
    public static Status status(Polarity polarity, double value, double path, double tolerancePercent) {
        double allowance = Math.abs(path) * tolerancePercent / 100 + 1e-9;
        boolean onTrack = switch (polarity) {
            case HIGHER_BETTER -> value >= path - allowance;
            case LOWER_BETTER -> value <= path + allowance;
            case NEUTRAL -> Math.abs(value - path) <= allowance;
        };
        return onTrack ? Status.ON_TRACK : Status.OFF_TRACK;
    }

    static Status goalStatus(List<Status> statuses) {
        if (statuses.contains(Status.OFF_TRACK)) {
            return Status.OFF_TRACK;
        }
        return statuses.contains(Status.ON_TRACK) ? Status.ON_TRACK : Status.NO_DATA;
    }
}
