package pl.dobrepraktyki.news;

import java.util.Map;

/** What is wrong with an article's content: field name → problem (a message key and its argument). */
public class ArticleValidationException extends RuntimeException {

    /** A message key of the news bundle and the value it names ({@code null} when none). */
    public record Problem(String key, String argument) {
    }

    private final transient Map<String, Problem> problems;

    public ArticleValidationException(Map<String, Problem> problems) {
        super("invalid article: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<String, Problem> problems() {
        return problems;
    }
}
