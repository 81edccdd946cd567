package pl.dobrepraktyki.alerts;

import java.time.Duration;

/** How often a saved search sends its alert: at the next run of the job, once a day, once a week. */
public enum Frequency {
    IMMEDIATE(Duration.ZERO), DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

    /** A run a little early (the job's own schedule drifts) still counts as the next day or week. */
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final Duration interval;

    Frequency(Duration interval) {
        this.interval = interval;
    }

    public Duration interval() {
        return interval;
    }
}
