package pl.dobrepraktyki.statistics.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.statistics.internal.ImportProblem;
import pl.dobrepraktyki.statistics.internal.ImportSummary;
import pl.dobrepraktyki.statistics.internal.StatsImportException;
import pl.dobrepraktyki.statistics.internal.StatsImporter;

/**
 * Statistics imports started from the admin page: the upload is kept in a temporary file and
 * imported in the background, one at a time, so that the page can show the progress; the last
 * {@value #KEPT} stay listed (in memory; the imported values are in the database).
 */
@Component
class StatisticsImportJobs {

    private static final Logger log = LoggerFactory.getLogger(StatisticsImportJobs.class);
    static final int KEPT = 20;

    enum State { WAITING, RUNNING, DONE, FAILED }

    /** One import and where it is. */
    static final class Job {
        private final String id;
        private final String fileName;
        private final String startedBy;
        private final Instant startedAt;
        private volatile State state = State.WAITING;
        private volatile String line;
        private volatile ImportSummary summary;
        private volatile String error;
        private volatile List<ImportProblem> problems = List.of();

        Job(String id, String fileName, String startedBy, Instant startedAt) {
            this.id = id;
            this.fileName = fileName;
            this.startedBy = startedBy;
            this.startedAt = startedAt;
        }

        public String getId() {
            return id;
        }

        public String getFileName() {
            return fileName;
        }

        public String getStartedBy() {
            return startedBy;
        }

        public Instant getStartedAt() {
            return startedAt;
        }

        public State getState() {
            return state;
        }

        public boolean isFinished() {
            return state == State.DONE || state == State.FAILED;
        }

        public String getLine() {
            return line;
        }

        public ImportSummary getSummary() {
            return summary;
        }

        public String getError() {
            return error;
        }

        public List<ImportProblem> getProblems() {
            return problems;
        }
    }

    private final StatsImporter importer;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "statistics-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<Job> jobs = new ArrayDeque<>();

    StatisticsImportJobs(StatsImporter importer, Clock clock) {
        this.importer = importer;
        this.clock = clock;
    }

    /** Copies the upload to a temporary file and queues its import. */
    Job start(InputStream upload, String fileName, Integer year, String startedBy) throws IOException {
        Path file = Files.createTempFile("bdp-stats-", ".csv");
        Files.copy(upload, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Job job = new Job(UUID.randomUUID().toString(), fileName, startedBy, clock.instant());
        synchronized (jobs) {
            jobs.addFirst(job);
            while (jobs.size() > KEPT) {
                jobs.removeLast();
            }
        }
        executor.execute(() -> run(job, file, year));
        return job;
    }

    private void run(Job job, Path file, Integer year) {
        job.state = State.RUNNING;
        try (InputStream in = Files.newInputStream(file)) {
            job.summary = importer.importFile(in, job.fileName, Files.size(file), new StatsImporter.Options(year),
                    line -> job.line = line);
            job.state = State.DONE;
            log.info("{} (import przez {})", job.summary.describe(), job.startedBy);
        }
        catch (StatsImportException e) {
            job.error = e.getMessage();
            job.problems = e.problems();
            job.state = State.FAILED;
        }
        catch (IOException | RuntimeException e) {
            log.error("Statistics import {} failed", job.fileName, e);
            job.error = job.fileName + ": import przerwany, nic nie zapisano (" + e.getClass().getSimpleName() + ")";
            job.state = State.FAILED;
        }
        finally {
            try {
                Files.deleteIfExists(file);
            }
            catch (IOException e) {
                log.warn("Could not delete {}", file);
            }
        }
    }

    Optional<Job> find(String id) {
        synchronized (jobs) {
            return jobs.stream().filter(j -> j.id.equals(id)).findFirst();
        }
    }

    List<Job> recent() {
        synchronized (jobs) {
            return List.copyOf(jobs);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
