package pl.dobrepraktyki.system.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import pl.dobrepraktyki.system.jobs.BackgroundJobs.Job;
import pl.dobrepraktyki.system.jobs.BackgroundJobs.State;

class BackgroundJobsTests {

    /** A file whose records are wrong: the job fails with their problems. */
    static final class InvalidFile extends RuntimeException {
        private final List<String> problems;

        InvalidFile(String message, List<String> problems) {
            super(message);
            this.problems = problems;
        }

        List<String> problems() {
            return problems;
        }
    }

    private final BackgroundJobs<String, String> jobs = new BackgroundJobs<>("test-import", Clock.systemUTC(),
            summary -> summary, InvalidFile.class, InvalidFile::problems);

    @AfterEach
    void close() {
        jobs.close();
    }

    @Test
    void aRunningJobShowsHowFarItIsAndAFinishedOneItsSummary() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Job<String, String> job = jobs.start("a.json", "admin", progress -> {
            progress.report(150, 500, "zapis: 150/500 (30%)");
            reported.countDown();
            finish.await(10, TimeUnit.SECONDS);
            progress.report(500, 500, "zapis: 500/500 (100%)");
            return "Zaimportowano 500 rekordów";
        });
        assertThat(reported.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(job.getState()).isEqualTo(State.RUNNING);
        assertThat(job.isFinished()).isFalse();
        assertThat(job.getPercent()).isEqualTo(30);
        assertThat(job.getLine()).isEqualTo("zapis: 150/500 (30%)");

        finish.countDown();
        awaitFinished(job);
        assertThat(job.getState()).isEqualTo(State.DONE);
        assertThat(job.getPercent()).isEqualTo(100);
        assertThat(job.getSummary()).isEqualTo("Zaimportowano 500 rekordów");
        assertThat(job.getError()).isNull();
        assertThat(jobs.find(job.getId())).contains(job);
    }

    @Test
    void aFileWithBadRecordsFailsWithTheProblemOfEachRecord() throws Exception {
        Job<String, String> job = jobs.start("zly.json", "admin", progress -> {
            throw new InvalidFile("zly.json: 2 błędy w rekordach, nic nie zapisano", List.of("rekord 3", "rekord 7"));
        });
        awaitFinished(job);
        assertThat(job.getState()).isEqualTo(State.FAILED);
        assertThat(job.getError()).isEqualTo("zly.json: 2 błędy w rekordach, nic nie zapisano");
        assertThat(job.getProblems()).containsExactly("rekord 3", "rekord 7");
        assertThat(job.getSummary()).isNull();
    }

    @Test
    void anUnexpectedFailureIsShownAsAnInterruptedJobAndTheNextJobStillRuns() throws Exception {
        Job<String, String> broken = jobs.start("plik.csv", "admin", progress -> {
            throw new IllegalStateException("disk full");
        });
        Job<String, String> next = jobs.start("drugi.csv", "admin", progress -> "gotowe");
        awaitFinished(next);
        assertThat(broken.getState()).isEqualTo(State.FAILED);
        assertThat(broken.getError()).isEqualTo("plik.csv: import przerwany, nic nie zapisano (IllegalStateException)");
        assertThat(broken.getProblems()).isEmpty();
        assertThat(next.getState()).isEqualTo(State.DONE);
    }

    @Test
    void onlyTheNewestJobsStayListed() throws Exception {
        Job<String, String> first = jobs.start("0.json", "admin", progress -> "0");
        Job<String, String> last = null;
        for (int i = 1; i <= BackgroundJobs.KEPT; i++) {
            String name = i + ".json";
            last = jobs.start(name, "admin", progress -> name);
        }
        awaitFinished(last);
        List<Job<String, String>> recent = jobs.recent();
        assertThat(recent).hasSize(BackgroundJobs.KEPT);
        assertThat(recent.get(0)).isSameAs(last);
        assertThat(recent).doesNotContain(first);
        assertThat(jobs.find(first.getId())).isEmpty();
    }

    private static void awaitFinished(Job<?, ?> job) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!job.isFinished() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(job.isFinished()).as("finished within 10 s").isTrue();
    }
}
