package pl.dobrepraktyki.system.seo;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import pl.dobrepraktyki.catalog.PracticeContents;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeStatus;
import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a search engine reads: the sitemap index and its parts (every published practice, every unit, the
 * main pages; no draft), robots.txt, and the canonical address, Open Graph and JSON-LD of a practice page.
 */
@IntegrationTest
class SitemapIntegrationTests {

    private static final String BASE = "http://localhost";

    @Autowired
    MockMvc mvc;

    @Autowired
    PracticeService practices;

    @Autowired
    LocalGovernmentService units;

    @Test
    void theIndexListsPartsWhoseAddressesAreEveryPublicPageAndNoDraft() throws Exception {
        long published = practices.importPractice(null, PracticeContents.complete()
                .title("Mapa strony " + UUID.randomUUID()).leadUnit("0663011").build(), PracticeStatus.PUBLISHED,
                null, false, "test").practiceId();
        long draft = practices.importPractice(null, PracticeContents.complete()
                .title("Szkic " + UUID.randomUUID()).leadUnit("0663011").build(), PracticeStatus.DRAFT,
                null, false, "test").practiceId();

        Document index = xml("/sitemap.xml");
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(SitemapController.NS);
        List<String> parts = texts(index, "loc");
        assertThat(parts).contains(BASE + "/sitemap/strony-1.xml", BASE + "/sitemap/praktyki-1.xml",
                BASE + "/sitemap/jst-1.xml", BASE + "/sitemap/konkursy-1.xml", BASE + "/sitemap/grupy-1.xml",
                BASE + "/sitemap/spotkania-1.xml", BASE + "/sitemap/wskazniki-1.xml");

        List<String> addresses = new ArrayList<>();
        for (String part : parts) {
            Document urlset = xml(part.substring(BASE.length()));
            assertThat(urlset.getDocumentElement().getLocalName()).isEqualTo("urlset");
            addresses.addAll(texts(urlset, "loc"));
        }
        assertThat(addresses).doesNotHaveDuplicates()
                .contains(BASE + "/", BASE + "/praktyki", BASE + "/praktyki/" + published, BASE + "/jst/0663011")
                .doesNotContain(BASE + "/praktyki/" + draft);
        assertThat(addresses).filteredOn(a -> a.startsWith(BASE + "/jst/")).hasSize((int) units.count());
        for (String address : List.of(BASE + "/praktyki/" + published, BASE + "/jst/0663011", BASE + "/mapa")) {
            mvc.perform(get(address.substring(BASE.length()))).andExpect(status().isOk());
        }
        Document practicesPart = xml("/sitemap/praktyki-1.xml");
        assertThat(texts(practicesPart, "lastmod")).allMatch(d -> d.matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void partsThatDoNotExistAre404() throws Exception {
        for (String path : List.of("/sitemap/praktyki-2.xml", "/sitemap/nieznane-1.xml", "/sitemap/praktyki-0.xml",
                "/sitemap/praktyki.xml", "/sitemap/praktyki-99999999999.xml")) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
    }

    @Test
    void robotsKeepsCrawlersOutOfPersonalPagesAndPointsToTheSitemap() throws Exception {
        String robots = mvc.perform(get("/robots.txt")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(robots).startsWith("User-agent: *\n")
                .contains("Disallow: /admin/\n", "Disallow: /konto\n", "Disallow: /logowanie\n",
                        "Disallow: /szukaj\n")
                .contains("Sitemap: " + BASE + "/sitemap.xml")
                .doesNotContain("Disallow: /praktyki\n", "Disallow: /\n");
    }

    @Test
    void aPublishedPracticePageHasItsCanonicalAddressLinkPreviewAndJsonLd() throws Exception {
        String title = "Praktyka <b>z</b> podglądem & " + UUID.randomUUID();
        long id = practices.importPractice(null, PracticeContents.complete().title(title).leadUnit("0663011")
                .build(), PracticeStatus.PUBLISHED, null, false, "test").practiceId();

        String html = mvc.perform(get("/praktyki/" + id + "?lang=pl")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();

        assertThat(html).contains("<link rel=\"canonical\" href=\"" + BASE + "/praktyki/" + id + "\">")
                .contains("<meta property=\"og:type\" content=\"article\">")
                .contains("<meta property=\"og:url\" content=\"" + BASE + "/praktyki/" + id + "\">")
                .contains("<meta property=\"og:title\" content=\"Praktyka &lt;b&gt;z&lt;/b&gt; podglądem &amp; ");
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertThat(script.find()).as("JSON-LD block").isTrue();
        assertThat(script.group(1)).doesNotContain("<b>");
        JsonNode ld = JsonMapper.builder().build().readTree(script.group(1));
        assertThat(ld.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(ld.path("@type").asString()).isEqualTo("CreativeWork");
        assertThat(ld.path("name").asString()).isEqualTo(title);
        assertThat(ld.path("url").asString()).isEqualTo(BASE + "/praktyki/" + id);
        assertThat(ld.path("author").path("@type").asString()).isEqualTo("GovernmentOrganization");
        assertThat(ld.path("author").path("identifier").path("propertyID").asString()).isEqualTo("TERYT");
        assertThat(ld.path("author").path("identifier").path("value").asString()).isEqualTo("0663011");
        assertThat(ld.path("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    }

    private Document xml(String path) throws Exception {
        byte[] body = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static List<String> texts(Document document, String element) {
        NodeList nodes = document.getElementsByTagNameNS(SitemapController.NS, element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
