package pl.dobrepraktyki.localgov.internal;

import java.time.Clock;
import java.time.Duration;

/** Counts the items of one import step and reports every {@code every} items and at the end. */
final class ProgressTracker {

    private final String step;
    private final long total;
    private final long every;
    private final Clock clock;
    private final ImportProgress.Listener listener;
    private final long started;
    private long done;

    ProgressTracker(String step, long total, long every, Clock clock, ImportProgress.Listener listener) {
        this.step = step;
        this.total = total;
        this.every = every;
        this.clock = clock;
        this.listener = listener;
        this.started = clock.millis();
    }

    void advance() {
        done++;
        if (done % every == 0 && done < total) {
            report();
        }
    }

    void finish() {
        report();
    }

    private void report() {
        long elapsed = Math.max(1, clock.millis() - started);
        double perSecond = done * 1000.0 / elapsed;
        long left = Math.max(0, total - done);
        Duration remaining = perSecond > 0 ? Duration.ofMillis((long) (left * 1000 / perSecond)) : Duration.ZERO;
        listener.onProgress(new ImportProgress(step, done, Math.max(total, done), perSecond, remaining));
    }
}
