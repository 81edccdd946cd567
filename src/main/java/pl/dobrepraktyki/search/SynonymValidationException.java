package pl.dobrepraktyki.search;

import java.util.List;

/** The terms an editor gave are not a valid synonym group; each problem is a message key with its arguments. */
public class SynonymValidationException extends RuntimeException {

    public record Problem(String messageKey, List<Object> arguments) {
    }

    private final transient List<Problem> problems;

    SynonymValidationException(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
