package pl.dobrepraktyki.exchange;

import java.util.List;

/** What a moderator gave is not valid; each problem names the form field and a message key. */
public class ExchangeValidationException extends RuntimeException {

    public record Problem(String field, String messageKey) {
    }

    private final transient List<Problem> problems;

    public ExchangeValidationException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public static ExchangeValidationException of(String field, String messageKey) {
        return new ExchangeValidationException(List.of(new Problem(field, messageKey)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
