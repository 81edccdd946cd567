package pl.dobrepraktyki.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.search.internal.LucenePracticeSearch;
import pl.dobrepraktyki.search.internal.UnitDirectory;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The search run directly on the Lucene index ({@link LucenePracticeSearch}: one pass for the hits,
 * the total and the facets) answers exactly as Hibernate Search's own search of the same predicate,
 * which the OpenSearch backend uses: the same practices in the same order with the same scores, the
 * same snippets, the same facet counts. Over the demo practices with every query of the relevance set,
 * typed with and without Polish letters, with filters, in each order and on a second page.
 */
@IntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "bdp.demo-content=true")
class DirectLuceneSearchTests {

    @Autowired
    SearchService direct;

    @Autowired
    EntityManager entityManager;

    @Autowired
    PracticeService practices;

    @Autowired
    UnitDirectory units;

    @Autowired
    SynonymService synonyms;

    @Autowired
    LucenePracticeSearch lucene;

    @Autowired
    PlatformTransactionManager transactions;

    SearchService hibernateSearch;

    @BeforeEach
    void bothWays() {
        hibernateSearch = new SearchService(entityManager, practices, units, synonyms, lucene, false);
        await().atMost(Duration.ofSeconds(60)).until(() -> direct.search(SearchQuery.text(null)).total() >= 43);
    }

    @Test
    void theDirectSearchFindsWhatHibernateSearchFindsInTheSameOrderWithTheSameSnippetsAndCounts() throws IOException {
        assertThat(lucene.available()).isTrue();
        List<SearchQuery> queries = new ArrayList<>();
        for (String[] line : queries()) {
            queries.add(new SearchQuery(line[0], Map.of(), null, 0, 10));
            queries.add(new SearchQuery(SearchService.fold(line[0]), Map.of(), null, 0, 10));
        }
        Map<SearchFacet, Set<String>> inCities = new EnumMap<>(SearchFacet.class);
        inCities.put(SearchFacet.UNIT_KIND, Set.of("CITY_COUNTY", "URBAN_MUNICIPALITY"));
        for (String text : new String[] { null, "budżet obywatelski", "szkoly", "energia", "pomoc społeczna" }) {
            queries.add(new SearchQuery(text, inCities, null, 0, 5));
            queries.add(new SearchQuery(text, Map.of(), SearchQuery.Order.NEWEST, 0, 10));
            queries.add(new SearchQuery(text, Map.of(), SearchQuery.Order.RELEVANCE, 1, 5));
        }
        queries.add(new SearchQuery("\"budżet obywatelski\" -szkoła", Map.of(), null, 0, 10));
        queries.add(new SearchQuery("efektywnosc energetyczna", Map.of(SearchFacet.YEAR, Set.of("2019", "2020")),
                null, 0, 10));

        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        int compared = 0;
        for (SearchQuery query : queries) {
            SearchResults expected = readOnly.execute(status -> hibernateSearch.search(query));
            SearchResults actual = direct.search(query);
            String what = query.toString();
            assertThat(actual.total()).as(what).isEqualTo(expected.total());
            assertThat(actual.mostWords()).as(what).isEqualTo(expected.mostWords());
            assertThat(actual.allWords()).as(what).isEqualTo(expected.allWords());
            assertThat(actual.hits()).as(what).hasSameSizeAs(expected.hits());
            for (int i = 0; i < expected.hits().size(); i++) {
                SearchResults.Hit want = expected.hits().get(i);
                SearchResults.Hit got = actual.hits().get(i);
                assertThat(got.id()).as(what + " hit " + i).isEqualTo(want.id());
                assertThat(got.title()).isEqualTo(want.title());
                assertThat(got.leadUnitTeryt()).isEqualTo(want.leadUnitTeryt());
                assertThat(got.leadUnitName()).isEqualTo(want.leadUnitName());
                assertThat(got.snippet()).as(what + " snippet " + i).isEqualTo(want.snippet());
                assertThat(got.score()).as(what + " score " + i).isCloseTo(want.score(), within(1e-4f));
            }
            assertThat(actual.facets().keySet()).as(what).isEqualTo(expected.facets().keySet());
            // the values in the same order too: most frequent first
            expected.facets().forEach((facet, counts) -> assertThat(actual.facets().get(facet))
                    .as(what + " " + facet).containsExactlyEntriesOf(counts));
            compared++;
        }
        assertThat(compared).isGreaterThan(350);
    }

    private static List<String[]> queries() throws IOException {
        String text = new ClassPathResource("search/relevance.tsv").getContentAsString(StandardCharsets.UTF_8);
        return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t"))
                .toList();
    }
}
