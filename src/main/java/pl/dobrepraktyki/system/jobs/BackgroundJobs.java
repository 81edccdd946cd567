package pl.dobrepraktyki.system.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import pl.dobrepraktyki.system.security.LogIdentifiers;

/**
 * Work on a file started from an admin page (an import). The jobs run one at a time in the
 * background, so that the page can show how far the running one is; the last {@value #KEPT} stay
 * listed. The list lives in the memory of this instance: a restart forgets it (what a finished job
 * wrote stays in the database). Declared as a bean, it is closed with the application.
 *
 * @param <S> what a finished job reports
 * @param <P> a problem of one record, listed when the job fails on them
 */
public final class BackgroundJobs<S, P> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);
    public static final int KEPT = 20;

    public enum State { WAITING, RUNNING, DONE, FAILED }

    /** Where a running job is: {@code done} of {@code total} (0 when unknown), and a line for people. */
    @FunctionalInterface
    public interface Progress {
        void report(int done, int total, String line);
    }

    /** What a job does; it returns its summary. */
    @FunctionalInterface
    public interface Work<S> {
        S run(Progress progress) throws Exception;
    }

    /** One job and where it is. Fields change while it runs; readers see a consistent enough view. */
    public static final class Job<S, P> {
        private final String id;
        private final String fileName;
        private final String startedBy;
        private final Instant startedAt;
        private volatile State state = State.WAITING;
        private volatile int done;
        private volatile int total;
        private volatile String line;
        private volatile S summary;
        private volatile String error;
        private volatile List<P> problems = List.of();

        private Job(String id, String fileName, String startedBy, Instant startedAt) {
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

        public S getSummary() {
            return summary;
        }

        public String getError() {
            return error;
        }

        public List<P> getProblems() {
            return problems;
        }
    }

    private final String name;
    private final Clock clock;
    private final Function<S, String> describe;
    private final Class<? extends Exception> expected;
    private final Function<Exception, List<P>> problems;
    private final ExecutorService executor;
    private final Deque<Job<S, P>> jobs = new ArrayDeque<>();

    /**
     * @param name names the worker thread and the log lines ({@code practice-import})
     * @param describe the summary of a finished job as the log shows it
     * @param expected the exception the work throws when the file is wrong: its message is shown, with
     *        the {@code problems} of its records; any other exception is logged and shown as an
     *        interrupted job
     */
    public <E extends Exception> BackgroundJobs(String name, Clock clock, Function<S, String> describe,
            Class<E> expected, Function<E, List<P>> problems) {
        this.name = name;
        this.clock = clock;
        this.describe = describe;
        this.expected = expected;
        this.problems = e -> problems.apply(expected.cast(e));
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Queues the work on a file; returns the job to follow. */
    public Job<S, P> start(String fileName, String startedBy, Work<S> work) {
        // the file name comes from the upload: no control characters (CR/LF) into logs and messages
        Job<S, P> job = new Job<>(UUID.randomUUID().toString(), fileName.replaceAll("\\p{Cntrl}", "_"), startedBy,
                clock.instant());
        synchronized (jobs) {
            jobs.addFirst(job);
            while (jobs.size() > KEPT) {
                jobs.removeLast();
            }
        }
        executor.execute(() -> run(job, work));
        return job;
    }

    private void run(Job<S, P> job, Work<S> work) {
        job.state = State.RUNNING;
        try {
            job.summary = work.run((done, total, line) -> {
                job.done = done;
                job.total = total;
                job.line = line;
            });
            job.state = State.DONE;
            log.info("{} ({} {} przez {})", describe.apply(job.summary), name, job.fileName,
                    LogIdentifiers.of(job.startedBy));
        }
        catch (Exception e) {
            if (expected.isInstance(e)) {
                job.error = e.getMessage();
                job.problems = List.copyOf(problems.apply(e));
            }
            else {
                log.error("{} {} failed", name, job.fileName, e);
                job.error = job.fileName + ": import przerwany, nic nie zapisano (" + e.getClass().getSimpleName()
                        + ")";
            }
            job.state = State.FAILED;
        }
    }

    public Optional<Job<S, P>> find(String id) {
        synchronized (jobs) {
            return jobs.stream().filter(j -> j.id.equals(id)).findFirst();
        }
    }

    /** The jobs kept, newest first. */
    public List<Job<S, P>> recent() {
        synchronized (jobs) {
            return List.copyOf(jobs);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
