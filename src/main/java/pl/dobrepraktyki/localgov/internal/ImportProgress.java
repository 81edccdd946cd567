package pl.dobrepraktyki.localgov.internal;

import java.time.Duration;

/**
 * How far one step of an import got.
 *
 * @param step what is being done, e.g. {@code terc.csv} or {@code zapis}
 * @param done items done so far (rows read, units saved)
 * @param total items of the step
 * @param perSecond items per second since the step began
 * @param remaining estimated time left in the step
 */
public record ImportProgress(String step, long done, long total, double perSecond, Duration remaining) {

    /** One line for a console, e.g. {@code terc.csv: 2000/4348 (46%), 15000/s, pozostało ok. 1 s}. */
    public String describe() {
        long percent = total == 0 ? 100 : done * 100 / total;
        return "%s: %d/%d (%d%%), %.0f/s, pozostało ok. %d s".formatted(step, done, total, percent, perSecond,
                Math.round(remaining.toMillis() / 1000.0));
    }

    /** Receives progress reports; called on the importing thread. */
    @FunctionalInterface
    public interface Listener {

        Listener NONE = progress -> {
        };

        void onProgress(ImportProgress progress);
    }
}
