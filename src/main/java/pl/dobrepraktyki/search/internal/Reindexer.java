package pl.dobrepraktyki.search.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.WebApplicationContext;

import pl.dobrepraktyki.catalog.Practice;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.search.IndexedContent;
import pl.dobrepraktyki.system.cli.ProgressLine;

/**
 * Rebuilds the search index from the database (the database is the truth: the index can always be
 * deleted and rebuilt). Used by the {@code reindex} command and the admin page, which shows the
 * progress of the running rebuild. One rebuild at a time.
 */
@Component
public class Reindexer {

    private static final Logger log = LoggerFactory.getLogger(Reindexer.class);

    /** Where a rebuild is. */
    public record Status(boolean running, long done, long total, Instant startedAt, Instant finishedAt,
            String startedBy, String line, String error) {

        public int percent() {
            return total == 0 ? (finishedAt != null ? 100 : 0) : (int) Math.min(100, done * 100 / total);
        }
    }

    private final EntityManagerFactory entityManagerFactory;
    private final PracticeService practices;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "reindex");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Status status = new Status(false, 0, 0, null, null, null, null, null);

    private final IndexLayout layout;
    private final boolean rebuildOnLayoutChange;
    private final ObjectProvider<IndexedContent<?>> contents;

    Reindexer(EntityManagerFactory entityManagerFactory, PracticeService practices, Clock clock,
            @Value("${bdp.data-dir}") String dataDir,
            @Value("${bdp.search.rebuild-on-layout-change:true}") boolean rebuildOnLayoutChange,
            ObjectProvider<IndexedContent<?>> contents) {
        this.contents = contents;
        this.entityManagerFactory = entityManagerFactory;
        this.practices = practices;
        this.clock = clock;
        this.layout = new IndexLayout(Path.of(dataDir));
        this.rebuildOnLayoutChange = rebuildOnLayoutChange;
    }

    /**
     * When the platform (not a command) starts on an index built by a version that wrote documents
     * differently, the index is rebuilt in the background; searches answer from the old index meanwhile.
     */
    @EventListener
    void rebuildIfLayoutChanged(ApplicationReadyEvent event) {
        if (rebuildOnLayoutChange && event.getApplicationContext() instanceof WebApplicationContext
                && layout.needsRebuild(practices.count())) {
            log.info("Indeks wyszukiwania zbudowany w układzie {}, obecny {}: przebudowa w tle", layout.built(),
                    IndexLayout.VERSION);
            start("start (nowy układ indeksu)");
        }
    }

    public Status status() {
        return status;
    }

    /** Starts a rebuild in the background; false when one is already running. */
    public synchronized boolean start(String by) {
        if (status.running()) {
            return false;
        }
        status = new Status(true, 0, practices.count(), clock.instant(), null, by, null, null);
        executor.execute(() -> {
            try {
                run(by, line -> log.info(line));
            }
            catch (RuntimeException e) {
                log.error("Reindex failed", e);
            }
        });
        return true;
    }

    /** Rebuilds the index now, reporting progress lines such as "indeks: 2000/10000 (20%), 950/s, pozostało ok. 8 s". */
    public synchronized Status run(String by, Consumer<String> progress) {
        long total = practices.count();
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        AtomicLong loaded = new AtomicLong();
        status = new Status(true, 0, total, started, null, by, null, null);
        MassIndexingMonitor monitor = new MassIndexingMonitor() {
            @Override
            public void documentsAdded(long increment) {
            }

            @Override
            public void documentsBuilt(long increment) {
            }

            @Override
            public void entitiesLoaded(long increment) {
                long done = loaded.addAndGet(increment);
                String line = ProgressLine.of("indeks", done, total, startNanos);
                status = new Status(true, done, total, started, null, by, line, null);
                if (done % 1000 < increment || done == total) {
                    progress.accept(line);
                }
            }

            @Override
            public void indexingCompleted() {
            }
        };
        try {
            Search.mapping(entityManagerFactory).scope(Practice.class).massIndexer()
                    .threadsToLoadObjects(2).batchSizeToLoadObjects(100).purgeAllOnStart(true)
                    // one segment at the end: a search visits each segment's terms and doc values, and
                    // at 100,000 practices one segment instead of ten answered 17 % faster (bench/README.md)
                    .mergeSegmentsOnFinish(true)
                    .monitor(monitor).startAndWait();
            // editions, groups, meetings (IndexedContent): few records, no progress of their own
            List<Class<?>> others = contents.orderedStream().<Class<?>>map(IndexedContent::type).toList();
            if (!others.isEmpty()) {
                Search.mapping(entityManagerFactory).scope(others).massIndexer().purgeAllOnStart(true)
                        .mergeSegmentsOnFinish(true).startAndWait();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = new Status(false, loaded.get(), total, started, clock.instant(), by, null, "przerwano");
            throw new IllegalStateException("reindex interrupted", e);
        }
        catch (RuntimeException e) {
            status = new Status(false, loaded.get(), total, started, clock.instant(), by, null, e.getMessage());
            throw e;
        }
        if (rebuildOnLayoutChange) {
            layout.markCurrent();
        }
        String line = "indeks przebudowany: %d praktyk w bazie, czas %.1f s".formatted(total,
                (System.nanoTime() - startNanos) / 1e9);
        status = new Status(false, total, total, started, clock.instant(), by, line, null);
        progress.accept(line);
        return status;
    }


    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
