package pl.dobrepraktyki.accounts;

/** Input the account rules refuse; {@code field} names the form field, {@code messageKey} the reason. */
public class AccountException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AccountException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
