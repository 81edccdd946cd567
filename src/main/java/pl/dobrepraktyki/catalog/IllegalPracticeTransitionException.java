package pl.dobrepraktyki.catalog;

/** A workflow step that is not allowed from the practice's current status (e.g. publishing a draft). */
public class IllegalPracticeTransitionException extends RuntimeException {

    private final PracticeStatus from;
    private final String action;

    public IllegalPracticeTransitionException(PracticeStatus from, String action) {
        super("cannot " + action + " a practice in status " + from);
        this.from = from;
        this.action = action;
    }

    public PracticeStatus from() {
        return from;
    }

    public String action() {
        return action;
    }

    /** Message key, e.g. {@code catalog.transition.refused}. */
    public String messageKey() {
        return "catalog.transition.refused";
    }
}
