package pl.dobrepraktyki.strategy;

import java.util.ArrayList;
import java.util.List;

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

/** A strategic goal of a strategy, or (with a parent) an operational goal of a strategic goal; measured by indicators. */
@Entity
@Table(name = "strategy_goal")
class StrategyGoal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private int position;

    @Column(name = "parent_id")
    private Long parentId;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "goal_id", nullable = false)
    @OrderBy("position")
    private List<StrategyTarget> targets = new ArrayList<>();

    protected StrategyGoal() {
    }

    StrategyGoal(String title, int position, Long parentId) {
        this.title = title;
        this.position = position;
        this.parentId = parentId;
    }

    Long getParentId() {
        return parentId;
    }

    void addTarget(StrategyService.TargetParams p) {
        int next = targets.stream().mapToInt(StrategyTarget::getPosition).max().orElse(0) + 1;
        targets.add(new StrategyTarget(p.indicatorCode(), p.baselineYear(), p.baselineValue(), p.targetYear(),
                p.targetValue(), next));
    }

    boolean removeTarget(long targetId) {
        return targets.removeIf(t -> t.getId() == targetId);
    }

    long getId() {
        return id == null ? -1 : id;
    }

    String getTitle() {
        return title;
    }

    int getPosition() {
        return position;
    }

    List<StrategyTarget> getTargets() {
        return targets;
    }
}
