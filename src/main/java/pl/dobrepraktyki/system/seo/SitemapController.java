package pl.dobrepraktyki.system.seo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /sitemap.xml}: a sitemap index (sitemaps.org 0.9) of parts {@code /sitemap/<source>-<n>.xml}, each
 * with at most {@code bdp.sitemap.part-size} (50,000, the protocol's limit) public addresses, and
 * {@code /robots.txt}, which points crawlers to it and keeps them out of sign-in, account, editorial and
 * administration pages and of search result pages.
 */
@Controller
class SitemapController {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final Pattern PART = Pattern.compile("([a-z][a-z-]*)-([1-9][0-9]{0,6})");
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    /** Pages and paths that are not for search engines (sign-in, personal, editorial, internal search). */
    static final List<String> DISALLOWED = List.of("/admin/", "/konto", "/redakcja", "/jury", "/logowanie",
            "/rejestracja", "/haslo/", "/moje-praktyki", "/konkursy/moje-zgloszenia", "/szukaj", "/api/",
            "/actuator/");

    private final List<SitemapSource> sources;
    private final int partSize;

    SitemapController(List<SitemapSource> sources, @Value("${bdp.sitemap.part-size:50000}") int partSize) {
        this.sources = List.copyOf(sources);
        this.partSize = partSize;
    }

    @GetMapping("/sitemap.xml")
    void index(HttpServletResponse response) throws IOException {
        String base = base();
        write(response, xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(NS);
            for (SitemapSource source : sources) {
                long parts = Math.max(1, (source.count() + partSize - 1) / partSize);
                for (long n = 1; n <= parts; n++) {
                    xml.writeStartElement("sitemap");
                    element(xml, "loc", base + "/sitemap/" + source.name() + "-" + n + ".xml");
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
        });
    }

    @GetMapping("/sitemap/{part}.xml")
    void part(@PathVariable String part, HttpServletResponse response) throws IOException {
        Matcher m = PART.matcher(part);
        SitemapSource source = m.matches() ? sources.stream().filter(s -> s.name().equals(m.group(1))).findFirst()
                .orElse(null) : null;
        long n = source == null ? 0 : Long.parseLong(m.group(2));
        if (source == null || n > 1 && (n - 1) * partSize >= source.count()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<SitemapSource.Entry> entries = source.entries((n - 1) * partSize, partSize);
        String base = base();
        write(response, xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            for (SitemapSource.Entry entry : entries) {
                xml.writeStartElement("url");
                element(xml, "loc", base + entry.path());
                if (entry.lastModified() != null) {
                    element(xml, "lastmod", entry.lastModified().toString());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    void robots(HttpServletResponse response) throws IOException {
        StringBuilder text = new StringBuilder("User-agent: *\n");
        DISALLOWED.forEach(path -> text.append("Disallow: ").append(path).append('\n'));
        text.append("\nSitemap: ").append(base()).append("/sitemap.xml\n");
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void write(HttpServletResponse response, XmlBody body) throws IOException {
        response.setContentType("application/xml;charset=UTF-8");
        OutputStream out = response.getOutputStream();
        try (Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            XMLStreamWriter xml = XML.createXMLStreamWriter(writer);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        }
        catch (XMLStreamException e) {
            throw new IOException("sitemap not written", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
