package pl.dobrepraktyki.search.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.catalog.PracticeStatus;
import pl.dobrepraktyki.search.SearchQuery;
import pl.dobrepraktyki.search.SearchResults;
import pl.dobrepraktyki.search.SearchService;
import pl.dobrepraktyki.search.internal.Reindexer;
import pl.dobrepraktyki.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code generate} writes readable, published, searchable demo practices, and again the same ones.
 * Dirties the context: the generated practices would change counts other tests see.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PracticeGeneratorIntegrationTests {

    @Autowired
    PracticeGenerator generator;

    @Autowired
    PracticeService practices;

    @Autowired
    SearchService search;

    @Autowired
    Reindexer reindexer;

    @Test
    void generatesTheSamePublishedSearchablePracticesForASeed() {
        await().atMost(Duration.ofSeconds(60)).until(() -> !reindexer.status().running());
        List<String> progress = new ArrayList<>();

        PracticeGenerator.Summary first = generator.generate(50, 7, true, progress::add);
        List<PracticeSnapshot> generated = snapshots();
        PracticeGenerator.Summary second = generator.generate(50, 7, true, line -> { });

        assertThat(first.written()).isEqualTo(50);
        assertThat(second.written()).isZero();
        assertThat(snapshots()).extracting(s -> s.content().title())
                .containsExactlyElementsOf(generated.stream().map(s -> s.content().title()).toList());
        assertThat(progress).anyMatch(line -> line.startsWith("zapis: 50/50 (100%)"))
                .anyMatch(line -> line.startsWith("indeks przebudowany"));
        assertThat(practices.exportable(List.of(PracticeStatus.PUBLISHED)))
                .filteredOn(p -> p.externalId() != null && p.externalId().startsWith("gen-7-")).hasSize(50)
                .allMatch(PracticeService.ExportedPractice::demo);
        for (PracticeSnapshot practice : generated) {
            assertThat(practice.status()).isEqualTo(PracticeStatus.PUBLISHED);
            assertThat(practices.get(practice.practiceId(), null).content().title())
                    .isEqualTo(practice.content().title());
            assertThat(search.isIndexed(practice.practiceId())).as("indexed %s", practice.practiceId()).isTrue();
            String title = practice.content().title();
            String words = title.substring(0, title.indexOf(" — "));
            SearchResults found = search.search(new SearchQuery(words, java.util.Map.of(), null, 0,
                    SearchQuery.MAX_SIZE));
            assertThat(found.hits()).extracting(SearchResults.Hit::id).contains(practice.practiceId());
        }
    }

    private List<PracticeSnapshot> snapshots() {
        List<PracticeSnapshot> snapshots = new ArrayList<>();
        for (long n = 1; n <= 50; n++) {
            snapshots.add(practices.findByExternalId(PracticeGenerator.externalId(7, n)).orElseThrow());
        }
        return snapshots;
    }
}
