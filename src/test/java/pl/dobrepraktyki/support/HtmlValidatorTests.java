package pl.dobrepraktyki.support;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker the browser tests run on every page really finds invalid HTML. */
class HtmlValidatorTests {

    private static final String HEAD = "<!DOCTYPE html>\n<html lang=\"pl\">\n<head><meta charset=\"utf-8\"><title>Strona</title></head>\n";

    @Test
    void aValidPageHasNoErrors() {
        assertThat(HtmlValidator.errors(HEAD + "<body><main><h1>Praktyki</h1>"
                + "<button type=\"button\" hx-get=\"/szukaj\" hx-target=\"#wyniki\">Szukaj</button>"
                + "<div id=\"wyniki\"></div></main></body>\n</html>")).isEmpty();
    }

    @Test
    void reportsParseErrorsAndSchemaErrorsWithLineAndExtract() {
        List<HtmlValidator.Problem> errors = HtmlValidator.errors(HEAD + "<body>\n"
                + "<p>Opis <div>blok w akapicie</div></p>\n"
                + "<img src=\"logo.png\">\n"
                + "<ul><li>jeden</li><p>nie w liście</p></ul>\n"
                + "<label for=\"brak\">Pole</label>\n"
                + "</body>\n</html>");

        assertThat(errors).extracting(HtmlValidator.Problem::message).anySatisfy(
                m -> assertThat(m).contains("No “p” element in scope but a “p” end tag seen"));
        assertThat(errors).extracting(HtmlValidator.Problem::message).anySatisfy(
                m -> assertThat(m).contains("An “img” element must have an “alt” attribute"));
        assertThat(errors).extracting(HtmlValidator.Problem::message).anySatisfy(
                m -> assertThat(m).contains("Element “p” not allowed as child of element “ul”"));
        assertThat(errors).extracting(HtmlValidator.Problem::message).anySatisfy(
                m -> assertThat(m).contains("must be the ID of a non-hidden form control"));
        HtmlValidator.Problem img = errors.stream().filter(e -> e.message().contains("“alt”")).findFirst().orElseThrow();
        assertThat(img.line()).isEqualTo(6);
        assertThat(img.extract()).contains("<img src=\"logo.png\">");
        assertThat(HtmlValidator.describe(errors)).contains("line 6").contains("<img src=\"logo.png\">");
    }

    @Test
    void onlyHtmxAttributesAreForgiven() {
        List<HtmlValidator.Problem> errors = HtmlValidator.errors(HEAD + "<body><main>"
                + "<div hx-get=\"/a\" hx-trigger=\"load\" ng-click=\"x()\">tekst</div></main></body>\n</html>");

        assertThat(errors).extracting(HtmlValidator.Problem::message)
                .containsExactly("Attribute “ng-click” not allowed on element “div” at this point.");
    }
}
