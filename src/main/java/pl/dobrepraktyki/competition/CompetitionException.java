package pl.dobrepraktyki.competition;

import java.util.List;

/**
 * A step the competition's rules refuse (late application, locked score, ineligible unit, …), with
 * the message key of the reason and its arguments; nothing was changed.
 */
public class CompetitionException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public CompetitionException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
