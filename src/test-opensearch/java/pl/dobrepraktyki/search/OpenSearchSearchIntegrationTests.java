package pl.dobrepraktyki.search;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import pl.dobrepraktyki.support.OpenSearchTestNode;
import pl.dobrepraktyki.support.OpenSearchTestProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every test of {@link SearchIntegrationTests} again, on the Elasticsearch backend of Hibernate
 * Search against a real OpenSearch 2.19 node (profile {@code opensearch}, analysis by
 * {@code PolishElasticsearchAnalysisConfigurer}: hunspell pl_PL with marked folded forms, folded prefixes; synonyms expanded by
 * {@link SearchService} from the groups that editors keep).
 * Runs with {@code ./mvnw -Popensearch test -Dtest='OpenSearch*'} (needs Debian's hunspell-pl).
 */
@ActiveProfiles(resolver = OpenSearchTestProfiles.class, inheritProfiles = false)
class OpenSearchSearchIntegrationTests extends SearchIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void engine(DynamicPropertyRegistry registry) {
        registry.add("spring.jpa.properties.hibernate.search.backend.hosts", () -> OpenSearchTestNode.get().hosts());
    }

    /**
     * "Did you mean" reads the Lucene index directly (DirectSpellChecker); on OpenSearch it gives no
     * suggestion (documented in the README) and never an error; the page still shows the other tips.
     */
    @Override
    @Test
    void aSearchWithTwoTyposSuggestsTheWordsThePracticesUse() throws Exception {
        assertThat(search.search(SearchQuery.text("wmobatowyhc")).total()).isZero();
        assertThat(search.didYouMean("wmobatowyhc")).isEmpty();
    }

    @Test
    void theEngineAnalysesPolishWithHunspellAndFoldedPrefixes() throws Exception {
        // lemmas as written, each with its form without Polish letters marked (for words typed without them)
        assertThat(analyze("polish", "źródłami budżetu obywatelskiego"))
                .containsExactly("źródło", "~zrodlo", "budżet", "~budzet", "obywatelski", "~obywatelski");
        assertThat(analyze("polish_query", "pieców")).contains("piec");
        assertThat(analyze("polish_query", "pięciu")).isNotEmpty().doesNotContain("piec", "~piec");
        assertThat(analyze("polish_unknown_query", "zlobek")).containsExactly("zlobek", "~zlobek");
        assertThat(analyze("polish_folded", "źródłami finansowania")).containsExactly("zrodl", "finan");
        assertThat(analyze("polish_folded_query", "zrodla")).containsExactly("zrodl");
        // synonyms are expanded by SearchService before the query, not by the analysis
        assertThat(analyze("polish_query", "OPS")).containsExactly("ops");
    }

    @Test
    void theEngineIsOpenSearch() throws Exception {
        JsonNode root = JSON.readTree(get("/"));
        assertThat(root.path("version").path("distribution").asString()).isEqualTo("opensearch");
        assertThat(root.path("version").path("number").asString()).startsWith("2.");
    }

    private static List<String> analyze(String analyzer, String text) throws Exception {
        String body = JSON.writeValueAsString(java.util.Map.of("analyzer", analyzer, "text", text));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://" + OpenSearchTestNode.get().hosts() + "/practice-read/_analyze"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("tokens").valueStream().map(t -> t.path("token").asString())
                .toList();
    }

    private static String get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://" + OpenSearchTestNode.get().hosts() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
