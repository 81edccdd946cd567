package pl.dobrepraktyki.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An indicator of a goal with its baseline and target. */
@Entity
@Table(name = "strategy_target")
class StrategyTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "indicator_code", nullable = false)
    private String indicatorCode;

    @Column(name = "baseline_year", nullable = false)
    private int baselineYear;

    @Column(name = "baseline_value", nullable = false)
    private double baselineValue;

    @Column(name = "target_year", nullable = false)
    private int targetYear;

    @Column(name = "target_value", nullable = false)
    private double targetValue;

    @Column(nullable = false)
    private int position;

    protected StrategyTarget() {
    }

    StrategyTarget(String indicatorCode, int baselineYear, double baselineValue, int targetYear, double targetValue,
            int position) {
        this.indicatorCode = indicatorCode;
        this.baselineYear = baselineYear;
        this.baselineValue = baselineValue;
        this.targetYear = targetYear;
        this.targetValue = targetValue;
        this.position = position;
    }

    long getId() {
        return id == null ? -1 : id;
    }

    String getIndicatorCode() {
        return indicatorCode;
    }

    int getBaselineYear() {
        return baselineYear;
    }

    double getBaselineValue() {
        return baselineValue;
    }

    int getTargetYear() {
        return targetYear;
    }

    double getTargetValue() {
        return targetValue;
    }

    int getPosition() {
        return position;
    }
}
