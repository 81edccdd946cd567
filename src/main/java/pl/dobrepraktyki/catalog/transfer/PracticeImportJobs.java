package pl.dobrepraktyki.catalog.transfer;

import java.io.ByteArrayInputStream;
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

/**
 * Imports started from the admin page. They run one at a time in the background, so that the page
 * can show how far the running one is; the last {@value #KEPT} stay listed. The list lives in the
 * memory of this instance (a restart forgets it; the practices written stay, since an import is one
 * transaction).
 */
@Component
class PracticeImportJobs {

    private static final Logger log = LoggerFactory.getLogger(PracticeImportJobs.class);
    static final int KEPT = 20;

    enum State { WAITING, RUNNING, DONE, FAILED }

    /** One import and where it is. Fields change while it runs; readers see a consistent enough view. */
    static final class Job {
        private final String id;
        private final String fileName;
        private final String startedBy;
        private final Instant startedAt;
        private volatile State state = State.WAITING;
        private volatile int done;
        private volatile int total;
        private volatile String line;
        private volatile PracticeTransferService.ImportSummary summary;
        private volatile String error;
        private volatile List<RecordProblem> problems = List.of();

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

        public int getDone() {
            return done;
        }

        public int getTotal() {
            return total;
        }

        public int getPercent() {
            return total == 0 ? (isFinished() ? 100 : 0) : done * 100 / total;
        }

        public String getLine() {
            return line;
        }

        public PracticeTransferService.ImportSummary getSummary() {
            return summary;
        }

        public String getError() {
            return error;
        }

        public List<RecordProblem> getProblems() {
            return problems;
        }
    }

    private final PracticeTransferService transfer;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "practice-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<Job> jobs = new ArrayDeque<>();

    PracticeImportJobs(PracticeTransferService transfer, Clock clock) {
        this.transfer = transfer;
        this.clock = clock;
    }

    /** Queues the import of a file's content; returns the job to follow. */
    Job start(byte[] content, String fileName, String startedBy) {
        Job job = new Job(UUID.randomUUID().toString(), fileName, startedBy, clock.instant());
        synchronized (jobs) {
            jobs.addFirst(job);
            while (jobs.size() > KEPT) {
                jobs.removeLast();
            }
        }
        executor.execute(() -> run(job, content));
        return job;
    }

    private void run(Job job, byte[] content) {
        job.state = State.RUNNING;
        try {
            job.summary = transfer.importWithProgress(new ByteArrayInputStream(content), job.fileName,
                    (done, total, line) -> {
                        job.done = done;
                        job.total = total;
                        job.line = line;
                    });
            job.state = State.DONE;
            log.info("{} (import {} przez {})", job.summary.describe(), job.fileName, job.startedBy);
        }
        catch (PracticeImportException e) {
            job.error = e.getMessage();
            job.problems = e.problems();
            job.state = State.FAILED;
        }
        catch (RuntimeException e) {
            log.error("Import {} failed", job.fileName, e);
            job.error = job.fileName + ": import przerwany, nic nie zapisano (" + e.getClass().getSimpleName() + ")";
            job.state = State.FAILED;
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
