package pl.dobrepraktyki.opendata;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import pl.dobrepraktyki.catalog.PublicPractices;
import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.search.bench.PracticeGenerator;
import pl.dobrepraktyki.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The open data page and its streamed downloads. The practice files are checked with generated
 * practices (more than two batches of {@link PublicPractices#BATCH}), which the test deletes again so
 * that other tests' counts stay as they were.
 */
@IntegrationTest
class OpenDataIntegrationTests {

    static final int GENERATED = 1_200;

    @Autowired
    MockMvc mvc;

    @Autowired
    PracticeGenerator generator;

    @Autowired
    PublicPractices publicPractices;

    @Autowired
    LocalGovernmentService units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void pageNamesEachDownloadWithItsFormatAndLicenceInPolishAndEnglish() throws Exception {
        String page = mvc.perform(get("/dane")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<h1>Otwarte dane</h1>", "href=\"/dane/praktyki.csv\"",
                "href=\"/dane/praktyki.json\"", "href=\"/dane/praktyki.jsonld\"", "href=\"/dane/jst.csv\"",
                "href=\"/dane/wskazniki.csv\"", "https://creativecommons.org/licenses/by/4.0/", "Źródło: GUS, TERYT",
                "Źródło: GUS, BDL", "UTF-8 ze znacznikiem BOM");
        String english = mvc.perform(get("/dane").param("lang", "en")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("<h1>Open data</h1>", "Creative Commons Attribution 4.0");
    }

    @Test
    void practiceFilesHaveEveryPublicPracticeOnceAndNoDraft() throws Exception {
        long seed = System.nanoTime();
        String prefix = "gen-" + seed + "-";
        try {
            generator.generate(GENERATED, seed, false, line -> { });
            jdbc.sql("update practice set status = 'DRAFT' where external_id = ?").param(prefix + 7).update();
            long draftId = id(prefix + 7);
            long publicCount = publicPractices.count();
            Set<Long> generated = new HashSet<>(jdbc.sql("select id from practice where external_id like ?")
                    .param(prefix + "%").query(Long.class).list());
            generated.remove(draftId);
            String today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Warsaw")).toString();

            MvcResult csv = download("/dane/praktyki.csv");
            assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
            assertThat(csv.getResponse().getHeader("Content-Disposition"))
                    .isEqualTo("attachment; filename=\"praktyki-" + today + ".csv\"");
            assertThat(csv.getResponse().getHeader("Link"))
                    .isEqualTo("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"");
            byte[] bytes = csv.getResponse().getContentAsByteArray();
            assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            List<List<String>> rows = Rfc4180.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
            assertThat(rows.get(0)).containsExactly("id", "title", "unit_teryt", "unit_name", "section", "areas",
                    "types", "year", "summary", "cost_pln", "url", "published_on", "license");
            List<List<String>> data = rows.subList(1, rows.size());
            assertThat(data).hasSize((int) publicCount).allSatisfy(row -> assertThat(row).hasSize(13));
            List<Long> ids = data.stream().map(row -> Long.valueOf(row.get(0))).toList();
            assertThat(new HashSet<>(ids)).hasSize(ids.size()).containsAll(generated).doesNotContain(draftId);
            List<String> some = data.stream().filter(row -> generated.contains(Long.valueOf(row.get(0)))).findFirst()
                    .orElseThrow();
            assertThat(some.get(2)).matches("\\d{7}|\\d{4}|\\d{2}");
            assertThat(some.get(3)).isNotBlank().isNotEqualTo(some.get(2));
            assertThat(some.get(10)).endsWith("/praktyki/" + some.get(0));
            assertThat(some.get(11)).isEqualTo("2025-06-30");

            JsonNode array = json.readTree(download("/dane/praktyki.json").getResponse().getContentAsByteArray());
            assertThat(array.isArray()).isTrue();
            assertThat(array.size()).isEqualTo(publicCount);
            assertThat(array.valueStream().filter(o -> generated.contains(o.get("id").asLong())))
                    .hasSize(generated.size())
                    .allSatisfy(o -> assertThat(o.get("published_on").asString()).isEqualTo("2025-06-30"))
                    .allSatisfy(o -> assertThat(o.get("areas").isArray()).isTrue());

            MvcResult ld = download("/dane/praktyki.jsonld");
            assertThat(ld.getResponse().getContentType()).startsWith("application/ld+json");
            JsonNode graph = json.readTree(ld.getResponse().getContentAsByteArray());
            assertThat(graph.get("@context").asString()).isEqualTo("https://schema.org");
            assertThat(graph.get("@graph").size()).isEqualTo(publicCount);
            JsonNode work = graph.get("@graph").get(0);
            assertThat(work.get("@type").asString()).isEqualTo("CreativeWork");
            assertThat(work.get("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
            assertThat(work.get("sourceOrganization").get("@type").asString()).isEqualTo("GovernmentOrganization");
            assertThat(work.get("sourceOrganization").get("identifier").get("propertyID").asString())
                    .isEqualTo("TERYT");
            assertThat(work.get("url").asString()).contains("/praktyki/");
        }
        finally {
            jdbc.sql("delete from practice where external_id like ?").param(prefix + "%").update();
        }
    }

    @Test
    void registerAndIndicatorFilesHaveEveryUnitAndValue() throws Exception {
        MvcResult register = download("/dane/jst.csv");
        assertThat(register.getResponse().getHeader("Content-Disposition")).startsWith("attachment; filename=\"jst-");
        assertThat(register.getResponse().getHeader("Link")).endsWith("/dane#licencja-gus>; rel=\"license\"");
        List<List<String>> unitRows = Rfc4180.parse(withoutBom(register));
        assertThat(unitRows.get(0)).containsExactly("teryt", "name", "kind", "kind_name", "voivodeship_teryt",
                "voivodeship", "population", "area_km2");
        assertThat(unitRows).hasSize((int) units.count() + 1);
        assertThat(unitRows).anySatisfy(row -> assertThat(row).startsWith("1061011", "Łódź", "CITY_COUNTY",
                "miasto na prawach powiatu", "10", "łódzkie"));

        MvcResult values = download("/dane/wskazniki.csv");
        assertThat(values.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment; filename=\"wskazniki-");
        List<List<String>> valueRows = Rfc4180.parse(withoutBom(values));
        assertThat(valueRows.get(0)).containsExactly("teryt", "indicator", "indicator_name", "year", "value",
                "unit_of_measure", "source");
        long stored = jdbc.sql("select count(*) from stat_value").query(Long.class).single();
        assertThat(valueRows).hasSize((int) stored + 1);
    }

    private MvcResult download(String path) throws Exception {
        MvcResult started = mvc.perform(get(path)).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
    }

    private long id(String externalId) {
        return jdbc.sql("select id from practice where external_id = ?").param(externalId).query(Long.class).single();
    }

    private static String withoutBom(MvcResult result) {
        byte[] bytes = result.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    /** A strict RFC 4180 reader with {@code ;} as the separator: fails on a stray quote. */
    static final class Rfc4180 {

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            int i = 0;
            boolean quoted = false;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    if (c == '"') {
                        quoted = false;
                        char next = i + 1 < text.length() ? text.charAt(i + 1) : '\r';
                        if (next != ';' && next != '\r') {
                            throw new IllegalArgumentException("text after a closing quote at " + i);
                        }
                    }
                    else {
                        cell.append(c);
                    }
                    i++;
                    continue;
                }
                if (c == '"') {
                    if (cell.length() > 0) {
                        throw new IllegalArgumentException("quote inside an unquoted cell at " + i);
                    }
                    quoted = true;
                }
                else if (c == ';') {
                    row.add(cell.toString());
                    cell.setLength(0);
                }
                else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    row.add(cell.toString());
                    cell.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    i++;
                }
                else if (c == '\n' || c == '\r') {
                    throw new IllegalArgumentException("line break outside quotes without CRLF at " + i);
                }
                else {
                    cell.append(c);
                }
                i++;
            }
            if (quoted) {
                throw new IllegalArgumentException("unclosed quote");
            }
            if (cell.length() > 0 || !row.isEmpty()) {
                throw new IllegalArgumentException("last line without CRLF");
            }
            return rows;
        }
    }
}
