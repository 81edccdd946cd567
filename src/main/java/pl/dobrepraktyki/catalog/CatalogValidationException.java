package pl.dobrepraktyki.catalog;

import java.util.List;

/**
 * Data that cannot be saved, as (field, message key) pairs the form shows beside the fields,
 * e.g. an unknown unit code or a link that is not http(s).
 */
public class CatalogValidationException extends RuntimeException {

    public record Problem(String field, String messageKey) {
    }

    private final List<Problem> problems;

    public CatalogValidationException(List<Problem> problems) {
        super("invalid: " + problems);
        this.problems = List.copyOf(problems);
    }

    public CatalogValidationException(String field, String messageKey) {
        this(List.of(new Problem(field, messageKey)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
