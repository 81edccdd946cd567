package pl.dobrepraktyki.catalog;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * The one place where text people write becomes HTML. Markdown is rendered with raw HTML escaped
 * (a {@code <script>} someone types is shown as text), then the result passes an allowlist
 * sanitiser: paragraphs, lists, strong/em, h3/h4 (h1/h2 become h3, h5/h6 h4), blockquote, simple
 * tables, code, and links to http, https and mailto only (with {@code rel="nofollow"}).
 * Templates print only this component's output unescaped: {@code th:utext="${@safeMarkdown.toHtml(text)}"}.
 */
@Component("safeMarkdown")
public class SafeMarkdown {

    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern
            .compile("(?i)(https?://|mailto:)\\S+");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "ul", "ol", "li", "strong", "em", "h3", "h4", "blockquote", "br", "code", "pre",
                    "table", "thead", "tbody", "tr", "th", "td")
            .allowElements((name, attributes) -> "h3", "h1", "h2")
            .allowElements((name, attributes) -> "h4", "h5", "h6")
            .allowElements((name, attributes) -> "strong", "b")
            .allowElements((name, attributes) -> "em", "i")
            .allowElements("a").allowAttributes("href").matching(LINK).onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /** Safe HTML for a Markdown text; empty for {@code null}. */
    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return POLICY.sanitize(renderer.render(parser.parse(markdown)));
    }
}
