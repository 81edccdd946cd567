package pl.dobrepraktyki.accounts;

/** An account was asked to do something its state does not allow (e.g. approve twice). */
public class IllegalAccountTransitionException extends RuntimeException {

    private final String reason;

    public IllegalAccountTransitionException(String reason) {
        super("Niedozwolona zmiana stanu konta: " + reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
