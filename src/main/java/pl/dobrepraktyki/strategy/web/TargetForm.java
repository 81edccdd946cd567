package pl.dobrepraktyki.strategy.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The form that adds an indicator with its baseline and target to a goal. */
class TargetForm {

    private Long goalId;
    private String indicator = "";
    private String baselineYear = "";
    private String baselineValue = "";
    private String targetYear = "";
    private String targetValue = "";
    private Long version;

    /** Field name to message key, checking the years against the strategy's period. */
    Map<String, String> validate(Set<Long> goals, Set<String> indicators, int periodFrom, int periodTo) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (goalId == null || !goals.contains(goalId)) {
            errors.put("goalId", "strategy.error.goal");
        }
        if (indicator == null || !indicators.contains(indicator)) {
            errors.put("indicator", "strategy.error.indicator");
        }
        Integer by = Years.parse(baselineYear);
        Integer ty = Years.parse(targetYear);
        if (by == null) {
            errors.put("baselineYear", "strategy.error.year");
        }
        else if (by < periodFrom || by > periodTo) {
            errors.put("baselineYear", "strategy.error.yearOutside");
        }
        if (Years.number(baselineValue) == null) {
            errors.put("baselineValue", "strategy.error.number");
        }
        if (ty == null) {
            errors.put("targetYear", "strategy.error.year");
        }
        else if (ty < periodFrom || ty > periodTo) {
            errors.put("targetYear", "strategy.error.yearOutside");
        }
        else if (by != null && ty <= by) {
            errors.put("targetYear", "strategy.error.targetAfterBaseline");
        }
        if (Years.number(targetValue) == null) {
            errors.put("targetValue", "strategy.error.number");
        }
        return errors;
    }

    public Long getGoalId() {
        return goalId;
    }

    public void setGoalId(Long goalId) {
        this.goalId = goalId;
    }

    public String getIndicator() {
        return indicator;
    }

    public void setIndicator(String indicator) {
        this.indicator = indicator;
    }

    public String getBaselineYear() {
        return baselineYear;
    }

    public void setBaselineYear(String baselineYear) {
        this.baselineYear = baselineYear;
    }

    public String getBaselineValue() {
        return baselineValue;
    }

    public void setBaselineValue(String baselineValue) {
        this.baselineValue = baselineValue;
    }

    public String getTargetYear() {
        return targetYear;
    }

    public void setTargetYear(String targetYear) {
        this.targetYear = targetYear;
    }

    public String getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(String targetValue) {
        this.targetValue = targetValue;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
