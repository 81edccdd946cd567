package pl.dobrepraktyki.catalog.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import pl.dobrepraktyki.catalog.SafeMarkdown;

/**
 * The PDF of a practice page: the Thymeleaf template {@code catalog/pdf} made well-formed XHTML by jsoup
 * and laid out by openhtmltopdf as a tagged PDF (PDF/UA: structure, document title, language) with
 * DejaVu Sans embedded, so Polish letters print and copy everywhere.
 */
@Component
class PracticePdf {

    static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final SafeMarkdown markdown;

    PracticePdf(ITemplateEngine templates, SafeMarkdown markdown) {
        this.templates = templates;
        this.markdown = markdown;
    }

    /** Renders the template with the same values the practice page reads, and the page's address. */
    byte[] render(Map<String, Object> model, String pageUrl, Locale locale) {
        Map<String, Object> variables = new LinkedHashMap<>(model);
        variables.put("pageUrl", pageUrl);
        variables.put("md", new Markdown(markdown));
        String html = templates.process("catalog/pdf", new Context(locale, variables));
        org.jsoup.nodes.Document parsed = Jsoup.parse(html, pageUrl);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessbility(true)
                    .useFont(() -> font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true)
                    .useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true)
                    .withW3cDocument(new W3CDom().fromJsoup(parsed), pageUrl)
                    .toStream(out)
                    .run();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = PracticePdf.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("font missing from the classpath: " + file);
        }
        return in;
    }

    /** Markdown as sanitized HTML for the template ({@code md.html(text)}), as the page shows it. */
    record Markdown(SafeMarkdown markdown) {

        public String html(String text) {
            return text == null ? "" : markdown.toHtml(text);
        }
    }
}
