package pl.dobrepraktyki.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the engine of validator.w3.org/nu and of {@code vnu.jar}) run in-process, without
 * network: it parses a page with the HTML parsing algorithm and checks it against the HTML schema and
 * the checker's own rules (WCAG 2.1 SC 4.1.1 parsing). Only errors count; warnings and info messages
 * are ignored.
 */
public final class HtmlValidator {

    /** The schema {@code vnu.jar} uses for HTML documents by default (HTML + SVG + MathML + ITS + RDFa Lite). */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /**
     * htmx attributes ({@code hx-get}, {@code hx-trigger}, ...) are not HTML attributes, so the checker
     * reports every one of them as "Attribute “hx-get” not allowed on element …". They are what htmx
     * reads; browsers keep unknown attributes in the DOM, and htmx's {@code data-hx-*} spelling would
     * only silence the checker. Exactly this message, for attributes starting with {@code hx-}, is
     * ignored; every other error fails.
     */
    private static final Pattern HTMX_ATTRIBUTE = Pattern.compile("Attribute “hx-[a-z:-]+” not allowed on element .*");

    private static SimpleDocumentValidator validator;
    private static final Collector collector = new Collector();

    private HtmlValidator() {
    }

    /** One error of the checker: its message, and where in the source it points. */
    public record Problem(String message, int line, int column, String extract) {

        @Override
        public String toString() {
            return "- line " + line + ", column " + column + ": " + message + "\n    " + extract;
        }
    }

    /** Checks one HTML document and returns its errors (empty when it is valid). */
    public static synchronized List<Problem> errors(String html) {
        try {
            SimpleDocumentValidator checker = checker();
            collector.problems.clear();
            InputSource source = new InputSource(new StringReader(html));
            source.setSystemId("page.html");
            checker.checkHtmlInputSource(source);
            String[] lines = html.split("\r\n|\r|\n", -1);
            return collector.problems.stream()
                    .filter(e -> !HTMX_ATTRIBUTE.matcher(e.getMessage()).matches())
                    .map(e -> new Problem(e.getMessage(), e.getLineNumber(), e.getColumnNumber(),
                            extract(lines, e.getLineNumber(), e.getColumnNumber())))
                    .toList();
        }
        catch (Exception ex) {
            throw new IllegalStateException("the Nu HTML checker could not check the page", ex);
        }
    }

    /** The errors as a readable list, one per line with its source extract. */
    public static String describe(List<Problem> problems) {
        return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }

    private static SimpleDocumentValidator checker() throws Exception {
        if (validator == null) {
            // the checker logs through log4j 1.2 (reload4j here): silenced, its findings come through the handler
            org.apache.log4j.BasicConfigurator.configure(new org.apache.log4j.varia.NullAppender());
            // no log4j set-up of its own, no external entities loaded, no language detection (only a warning)
            SimpleDocumentValidator created = new SimpleDocumentValidator(false, false, false);
            created.setUpMainSchema(HTML_SCHEMA, collector);
            created.setUpValidatorAndParsers(collector, true, false);
            validator = created;
        }
        return validator;
    }

    /**
     * The source just before the point the checker names (it points at the end of the offending tag,
     * which may span several lines), on one line.
     */
    private static String extract(String[] lines, int line, int column) {
        if (line < 1 || line > lines.length) {
            return "";
        }
        StringBuilder before = new StringBuilder();
        String current = lines[line - 1];
        before.append(current, 0, Math.max(0, Math.min(current.length(), column)));
        for (int l = line - 2; l >= 0 && before.length() < 160; l--) {
            before.insert(0, lines[l] + " ");
        }
        String text = before.toString().replaceAll("\\s+", " ").strip();
        return text.length() > 160 ? "…" + text.substring(text.length() - 160) : text;
    }

    private static final class Collector implements ErrorHandler {

        private final List<SAXParseException> problems = new ArrayList<>();

        @Override
        public void warning(SAXParseException exception) {
            // warnings and info messages do not fail a page
        }

        @Override
        public void error(SAXParseException exception) {
            problems.add(exception);
        }

        @Override
        public void fatalError(SAXParseException exception) {
            problems.add(exception);
        }
    }
}
