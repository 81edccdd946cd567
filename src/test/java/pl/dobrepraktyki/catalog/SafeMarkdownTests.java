package pl.dobrepraktyki.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Text people write never runs as script in another person's browser. */
class SafeMarkdownTests {

    private final SafeMarkdown markdown = new SafeMarkdown();

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))", "\"><svg onload=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>",
            "[x](JaVaScRiPt:alert(1))", "<iframe src=\"https://evil.example\"></iframe>",
            "<style>body{display:none}</style>", "![x](javascript:alert(1))", "<p onclick=\"alert(1)\">x</p>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "<<script>script>alert(1)<</script>/script>"})
    void nothingWrittenCanRunScript(String attack) {
        String html = markdown.toHtml(attack);

        Matcher tag = Pattern.compile("<([a-zA-Z0-9]+)([^>]*)>").matcher(html);
        while (tag.find()) {
            assertThat(tag.group(1)).as(html).isIn("p", "ul", "ol", "li", "strong", "em", "h3", "h4", "blockquote",
                    "br", "code", "pre", "table", "thead", "tbody", "tr", "th", "td", "a");
            Matcher attribute = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"").matcher(tag.group(2));
            while (attribute.find()) {
                assertThat(attribute.group(1)).as(html).isIn("href", "rel");
                assertThat(attribute.group(2)).as(html)
                        .matches("(?i)(https?:|mailto:).*|((nofollow|noopener|noreferrer) ?)+");
            }
        }
    }

    @Test
    void aScriptTagIsShownAsText() {
        assertThat(markdown.toHtml("<script>alert(1)</script>")).contains("&lt;script&gt;");
    }

    @Test
    void keepsTheFormattingPeopleUse() {
        String html = markdown.toHtml("""
                # Nagłówek

                Tekst **pogrubiony** i *pochylony*.

                - punkt
                - [strona urzędu](https://www.uml.lodz.pl)

                > cytat
                """);

        assertThat(html).contains("<h3>Nagłówek</h3>", "<strong>pogrubiony</strong>", "<em>pochylony</em>",
                "<li>punkt</li>", "<blockquote>");
        assertThat(html).contains("href=\"https://www.uml.lodz.pl\"").containsPattern("rel=\"[^\"]*\\bnofollow\\b");
    }

    @Test
    void mailtoLinksStay() {
        assertThat(markdown.toHtml("[napisz](mailto:a@example.pl)")).contains("href=\"mailto:a&#64;example.pl\"");
    }
}
