package pl.dobrepraktyki.search.bench;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeStatus;
import pl.dobrepraktyki.catalog.Taxonomy;
import pl.dobrepraktyki.catalog.TaxonomyService;
import pl.dobrepraktyki.catalog.TaxonomyTerm;
import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.localgov.UnitQuery;
import pl.dobrepraktyki.search.internal.Reindexer;
import pl.dobrepraktyki.system.cli.ProgressLine;

/**
 * Writes synthetic published practices ({@link SyntheticPractices}) in transactions of
 * {@link #BATCH}, streaming: one batch is in memory at a time. The writes skip the index
 * (no outbox event per practice, which would make the background processor index them one by one);
 * the index is rebuilt once at the end by a mass indexer, unless the caller leaves it to a later
 * {@code reindex}.
 */
@Component
public class PracticeGenerator {

    /** Practices per transaction. */
    public static final int BATCH = 500;

    /** Who the versions of generated practices are saved by. */
    public static final String ACTOR = "generator";

    private final PracticeService practices;
    private final TaxonomyService taxonomies;
    private final LocalGovernmentService units;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final Reindexer reindexer;

    PracticeGenerator(PracticeService practices, TaxonomyService taxonomies, LocalGovernmentService units,
            TransactionTemplate transaction, EntityManager entityManager, Reindexer reindexer) {
        this.practices = practices;
        this.taxonomies = taxonomies;
        this.units = units;
        this.transaction = transaction;
        this.entityManager = entityManager;
        this.reindexer = reindexer;
    }

    /** What a run did. */
    public record Summary(long practices, long written, double writeSeconds, double indexSeconds) {

        public String describe() {
            return "Wygenerowano %d praktyk (zapisanych %d, bez zmian %d): zapis %.1f s (%.0f/s)%s".formatted(
                    practices, written, practices - written, writeSeconds, practices / Math.max(writeSeconds, 0.001),
                    indexSeconds < 0 ? "; indeks nieprzebudowany — uruchom reindex"
                            : ", przebudowa indeksu %.1f s".formatted(indexSeconds));
        }
    }

    /** The external id of practice {@code n} of {@code seed}. */
    public static String externalId(long seed, long n) {
        return "gen-" + seed + "-" + n;
    }

    /**
     * Writes practices 1..{@code count} of {@code seed} (existing ones with the same content are left
     * as they are), then rebuilds the index when {@code reindex}.
     */
    public Summary generate(long count, long seed, boolean reindex, Consumer<String> progress) {
        SyntheticPractices generator = new SyntheticPractices(seed, unitList(), codes());
        long started = System.nanoTime();
        long written = 0;
        for (long from = 1; from <= count; from += BATCH) {
            long first = from;
            long last = Math.min(count, from + BATCH - 1);
            written += transaction.execute(status -> {
                // no outbox event per practice: the index is rebuilt in bulk afterwards
                // (with outbox polling a session may only exclude every indexed type)
                Search.session(entityManager).indexingPlanFilter(filter -> filter.exclude(Object.class));
                long saved = 0;
                for (long n = first; n <= last; n++) {
                    var outcome = practices.importPractice(generator.externalId(n), generator.practice(n),
                            PracticeStatus.PUBLISHED, LocalDate.of(2025, 6, 30), true, ACTOR);
                    saved += outcome.written() ? 1 : 0;
                    // each practice is flushed by the save: keep the persistence context small, or the
                    // auto-flush before the next look-up by external id checks every earlier one again
                    entityManager.clear();
                }
                return saved;
            });
            progress.accept(ProgressLine.of("zapis", last, count, started));
        }
        double writeSeconds = (System.nanoTime() - started) / 1e9;
        double indexSeconds = -1;
        if (reindex) {
            long indexStarted = System.nanoTime();
            reindexer.run(ACTOR, progress);
            indexSeconds = (System.nanoTime() - indexStarted) / 1e9;
        }
        return new Summary(count, written, writeSeconds, indexSeconds);
    }

    private List<SyntheticPractices.Unit> unitList() {
        return units.search(UnitQuery.all(), PageRequest.of(0, 10_000)).stream()
                .map(u -> new SyntheticPractices.Unit(u.getTeryt(), u.getDisplayName(), u.getKind()))
                .sorted(Comparator.comparing(SyntheticPractices.Unit::teryt))
                .toList();
    }

    private SyntheticPractices.Codes codes() {
        return new SyntheticPractices.Codes(codes(Taxonomy.SECTION), codes(Taxonomy.AREA),
                codes(Taxonomy.PRACTICE_TYPE), codes(Taxonomy.SOURCE));
    }

    private List<String> codes(Taxonomy taxonomy) {
        return taxonomies.terms(taxonomy).stream().map(TaxonomyTerm::getCode).sorted().toList();
    }
}
