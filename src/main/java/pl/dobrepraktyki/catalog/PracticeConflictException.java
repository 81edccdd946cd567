package pl.dobrepraktyki.catalog;

/**
 * Someone saved the practice after the version the person started from: nothing was written.
 * Carries the current saved state, so the page can show it beside the person's unsaved text.
 */
public class PracticeConflictException extends RuntimeException {

    private final transient PracticeSnapshot current;
    private final long expectedVersion;

    public PracticeConflictException(PracticeSnapshot current, long expectedVersion) {
        super("practice " + current.practiceId() + " is at version " + current.version() + ", not "
                + expectedVersion);
        this.current = current;
        this.expectedVersion = expectedVersion;
    }

    public PracticeSnapshot current() {
        return current;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
