package pl.dobrepraktyki.strategy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A unit's development strategy: the aggregate of its goals and their indicators. */
@Entity
@Table(name = "strategy")
class Strategy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String teryt;

    @Column(nullable = false)
    private String title;

    @Column(name = "period_from", nullable = false)
    private int periodFrom;

    @Column(name = "period_to", nullable = false)
    private int periodTo;

    @Column(name = "public_visible", nullable = false)
    private boolean publicVisible;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "strategy_id", nullable = false)
    @OrderBy("position")
    private List<StrategyGoal> goals = new ArrayList<>();

    protected Strategy() {
    }

    Strategy(String teryt, Instant now) {
        this.teryt = teryt;
        this.updatedAt = now;
    }

    void describe(String title, int periodFrom, int periodTo, boolean publicVisible, Instant now) {
        if (periodFrom > periodTo) {
            throw new IllegalArgumentException("period from " + periodFrom + " to " + periodTo);
        }
        this.title = title;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.publicVisible = publicVisible;
        this.updatedAt = now;
    }

    StrategyGoal addGoal(String goalTitle, Instant now) {
        return addGoal(goalTitle, null, now);
    }

    /** A strategic goal ({@code parentId} null) or an operational goal of the strategic goal {@code parentId}. */
    StrategyGoal addGoal(String goalTitle, Long parentId, Instant now) {
        if (parentId != null && goal(parentId).filter(p -> p.getParentId() == null).isEmpty()) {
            throw new IllegalArgumentException("no strategic goal " + parentId);
        }
        int position = goals.stream().mapToInt(StrategyGoal::getPosition).max().orElse(0) + 1;
        StrategyGoal goal = new StrategyGoal(goalTitle, position, parentId);
        goals.add(goal);
        this.updatedAt = now;
        return goal;
    }

    /** Removes the operational goals of the goal (before the goal itself, so that no row points to a gone one). */
    boolean removeOperationalGoals(long goalId) {
        return goals.removeIf(g -> g.getParentId() != null && g.getParentId() == goalId);
    }

    boolean removeGoal(long goalId, Instant now) {
        boolean removed = goals.removeIf(g -> g.getId() == goalId);
        if (removed) {
            this.updatedAt = now;
        }
        return removed;
    }

    Optional<StrategyGoal> goal(long goalId) {
        return goals.stream().filter(g -> g.getId() == goalId).findFirst();
    }

    void addTarget(long goalId, StrategyService.TargetParams params, Instant now) {
        StrategyGoal goal = goal(goalId).orElseThrow(() -> new StrategyNotFoundException(teryt));
        if (params.baselineYear() < periodFrom || params.targetYear() > periodTo
                || params.baselineYear() >= params.targetYear()) {
            throw new IllegalArgumentException("years outside the period or target not after baseline");
        }
        goal.addTarget(params);
        this.updatedAt = now;
    }

    boolean removeTarget(long targetId, Instant now) {
        boolean removed = goals.stream().anyMatch(g -> g.removeTarget(targetId));
        if (removed) {
            this.updatedAt = now;
        }
        return removed;
    }

    Long getId() {
        return id;
    }

    String getTeryt() {
        return teryt;
    }

    String getTitle() {
        return title;
    }

    int getPeriodFrom() {
        return periodFrom;
    }

    int getPeriodTo() {
        return periodTo;
    }

    boolean isPublicVisible() {
        return publicVisible;
    }

    long getVersion() {
        return version;
    }

    List<StrategyGoal> getGoals() {
        return goals;
    }
}
