package pl.dobrepraktyki.search;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import pl.dobrepraktyki.DobrePraktykiApplication;
import pl.dobrepraktyki.catalog.PracticeContent;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The index never silently misses what the database holds: the platform (default embedded set-up:
 * H2 file and Lucene index under the data directory, outbox-polling) saves published practices one
 * by one in a child JVM, is killed hard in the middle, and after a restart every saved practice is
 * found by search.
 */
class SearchIndexDurabilityTests {

    private static final int SAVED_BEFORE_KILL = 150;

    @TempDir
    Path dataDir;

    @Test
    void everySavedPracticeIsFoundAfterAHardKillAndRestart() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Saver.class.getName(), dataDir.toString()).redirectError(dataDir.resolve("child.err").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("DB_")
                || k.startsWith("BDP_"));
        Process child = builder.start();
        List<Long> saved = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("SAVED ")) {
                    saved.add(Long.parseLong(line.substring(6)));
                    if (saved.size() == SAVED_BEFORE_KILL) {
                        child.destroyForcibly(); // SIGKILL while the index is still catching up
                        break;
                    }
                }
            }
        }
        finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(saved).as("practices saved by the child; its errors: %s",
                Files.exists(dataDir.resolve("child.err")) ? Files.readString(dataDir.resolve("child.err")) : "")
                .hasSize(SAVED_BEFORE_KILL);
        // the kill came while index updates were still waiting (else the test would prove nothing)
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db/bdp")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
                ResultSet rows = db.createStatement().executeQuery("select count(*) from hsearch_outbox_event")) {
            rows.next();
            assertThat(rows.getLong(1)).as("index updates left in the outbox by the killed platform").isPositive();
        }

        SpringApplication app = new SpringApplication(DobrePraktykiApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext restarted = app.run("--bdp.data-dir=" + dataDir,
                "--logging.level.root=ERROR", "--spring.main.banner-mode=off", "--bdp.demo-content=false")) {
            SearchService search = restarted.getBean(SearchService.class);
            // everything the database holds, also a save committed just before the kill but never confirmed
            List<Long> inDatabase = restarted.getBean(PracticeService.class)
                    .exportable(EnumSet.of(PracticeStatus.PUBLISHED)).stream()
                    .map(p -> p.snapshot().practiceId()).toList();
            assertThat(inDatabase).containsAll(saved);
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                    .until(() -> inDatabase.stream().allMatch(search::isIndexed));
            assertThat(search.search(SearchQuery.text("trwałość indeksu")).total())
                    .isGreaterThanOrEqualTo(SAVED_BEFORE_KILL);
        }
    }

    /** The child: the platform with its default configuration, saving published practices one at a time. */
    public static final class Saver {

        public static void main(String[] args) {
            SpringApplication app = new SpringApplication(DobrePraktykiApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            ConfigurableApplicationContext context = app.run("--bdp.data-dir=" + args[0],
                    "--logging.level.root=ERROR", "--spring.main.banner-mode=off", "--bdp.demo-content=false",
                    // the outbox is read every 3 s, so that the kill surely comes with updates not yet applied
                    "--spring.jpa.properties.hibernate.search.coordination.event_processor.polling_interval=3000",
                    "--spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_interval=3000");
            PracticeService practices = context.getBean(PracticeService.class);
            for (int i = 0; ; i++) {
                PracticeContent content = PracticeContent.minimal("Praktyka nr " + i + " – trwałość indeksu",
                        "1061011");
                long id = practices.importPractice("durability-" + i, content, PracticeStatus.PUBLISHED,
                        LocalDate.of(2025, 1, 1), false, "durability").practiceId();
                System.out.println("SAVED " + id);
                System.out.flush();
            }
        }
    }
}
