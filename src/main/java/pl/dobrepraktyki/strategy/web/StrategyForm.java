package pl.dobrepraktyki.strategy.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** The header form: title, period and visibility; {@code version} is the version the edit is based on. */
class StrategyForm {

    static final int MAX_TITLE = 200;
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    private String title = "";
    private String periodFrom = "";
    private String periodTo = "";
    private boolean publicVisible;
    private Long version;

    /** Field name to message key. */
    Map<String, String> validate() {
        Map<String, String> errors = new LinkedHashMap<>();
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            errors.put("title", "strategy.error.title");
        }
        else if (t.length() > MAX_TITLE) {
            errors.put("title", "strategy.error.titleLong");
        }
        Integer from = Years.parse(periodFrom);
        Integer to = Years.parse(periodTo);
        if (from == null) {
            errors.put("periodFrom", "strategy.error.year");
        }
        if (to == null) {
            errors.put("periodTo", "strategy.error.year");
        }
        if (from != null && to != null && from > to) {
            errors.put("periodTo", "strategy.error.periodOrder");
        }
        return errors;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(String periodFrom) {
        this.periodFrom = periodFrom;
    }

    public String getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(String periodTo) {
        this.periodTo = periodTo;
    }

    public boolean isPublicVisible() {
        return publicVisible;
    }

    public void setPublicVisible(boolean publicVisible) {
        this.publicVisible = publicVisible;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
