package pl.dobrepraktyki.catalog;

/** An upload that is not accepted: too large, not an accepted kind, or damaged ({@link #messageKey()}). */
public class AttachmentRejectedException extends RuntimeException {

    private final String messageKey;

    public AttachmentRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
