package pl.dobrepraktyki.system.cli;

/**
 * The line long work prints about itself: done of total, rate and time left, e.g.
 * {@code "zapis: 150/500 (30%), 210/s, pozostało ok. 2 s"}.
 */
public final class ProgressLine {

    private ProgressLine() {
    }

    /** {@code startNanos} is {@link System#nanoTime()} when the work started. */
    public static String of(String label, long done, long total, long startNanos) {
        double seconds = Math.max((System.nanoTime() - startNanos) / 1e9, 0.001);
        double rate = done / seconds;
        long left = Math.round(Math.max(total - done, 0) / Math.max(rate, 0.001));
        long percent = total == 0 ? 100 : done * 100 / total;
        return "%s: %d/%d (%d%%), %.0f/s, pozostało ok. %d s".formatted(label, done, total, percent, rate, left);
    }
}
