package pl.dobrepraktyki.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
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
import pl.dobrepraktyki.support.OpenSearchTestNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application nodes (child JVMs, profiles {@code postgres,opensearch}) share one PostgreSQL
 * database and one real OpenSearch node. Node A saves published practices and is killed hard
 * (SIGKILL) while the index is catching up; node B, still running, takes over A's share of the
 * outbox once A's pulse expires, and every practice the database holds is then found by search.
 * Needs the PostgreSQL server at 127.0.0.1:5432 (user postgres, trust), as CI provides.
 */
class OpenSearchClusterDurabilityTests {

    private static final int SAVED_BEFORE_KILL = 120;
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    @TempDir
    Path work;

    @Test
    void practicesSavedByANodeKilledHardAreIndexedByTheOtherNode() throws Exception {
        String database = "bdp_cluster_" + System.currentTimeMillis();
        sql("create database " + database);
        Process a = null;
        Process b = null;
        try {
            List<String> common = List.of("--spring.profiles.active=postgres,opensearch",
                    "--spring.datasource.url=" + POSTGRES + database, "--spring.datasource.username=postgres",
                    "--spring.datasource.password=",
                    "--spring.jpa.properties.hibernate.search.backend.hosts=" + OpenSearchTestNode.get().hosts(),
                    // a dead node's share of the outbox is taken over once its pulse is 10 s old
                    "--spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_expiration=10000",
                    "--logging.level.root=ERROR", "--spring.main.banner-mode=off", "--bdp.demo-content=false");

            // A polls its outbox only every 3 s, so that it surely dies with updates not yet applied
            List<String> slow = new ArrayList<>(common);
            slow.add("--spring.jpa.properties.hibernate.search.coordination.event_processor.polling_interval=3000");
            slow.add("--spring.jpa.properties.hibernate.search.coordination.event_processor.pulse_interval=3000");
            a = node("a", "save", slow);
            List<Long> saved = new ArrayList<>();
            awaitLines(a, "a", line -> {
                if (!line.startsWith("SAVED ")) {
                    return true;
                }
                saved.add(Long.parseLong(line.substring("SAVED ".length())));
                return saved.size() < SAVED_BEFORE_KILL / 2;
            });
            b = node("b", "idle", common);
            awaitLines(b, "b", line -> !line.equals("READY"));
            awaitLines(a, "a", line -> {
                if (!line.startsWith("SAVED ")) {
                    return true;
                }
                saved.add(Long.parseLong(line.substring("SAVED ".length())));
                return saved.size() < SAVED_BEFORE_KILL;
            });
            a.destroyForcibly(); // SIGKILL while its outbox events are still being processed
            assertThat(a.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(count(database, "select count(*) from hsearch_outbox_event"))
                    .as("index updates left in the outbox by the killed node").isPositive();

            // a third context only reads: its own event processor is off, so node B alone must catch up
            List<String> reader = new ArrayList<>(common);
            reader.add("--bdp.data-dir=" + work.resolve("reader"));
            reader.add("--spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=false");
            SpringApplication app = new SpringApplication(DobrePraktykiApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            try (ConfigurableApplicationContext context = app.run(reader.toArray(String[]::new))) {
                SearchService search = context.getBean(SearchService.class);
                List<Long> inDatabase = context.getBean(PracticeService.class)
                        .exportable(EnumSet.of(PracticeStatus.PUBLISHED)).stream()
                        .map(p -> p.snapshot().practiceId()).toList();
                assertThat(inDatabase).containsAll(saved);
                await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> inDatabase.stream().allMatch(search::isIndexed));
                assertThat(b.isAlive()).as("node B ran all the time").isTrue();
                assertThat(count(database, "select count(*) from hsearch_outbox_event")).isZero();
            }
        }
        finally {
            for (Process p : new Process[] { a, b }) {
                if (p != null) {
                    p.destroyForcibly();
                    p.waitFor(30, TimeUnit.SECONDS);
                }
            }
            sql("drop database if exists " + database + " with (force)");
        }
    }

    private Process node(String name, String mode, List<String> common) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Node.class.getName(), mode));
        command.addAll(common);
        command.add("--bdp.data-dir=" + work.resolve(name));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(work.resolve(name + ".err").toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("DB_")
                || k.startsWith("BDP_") || k.startsWith("SEARCH_"));
        return builder.start();
    }

    /** Reads the node's lines while {@code more} says so; fails with the node's errors if it ends first. */
    private void awaitLines(Process node, String name, java.util.function.Predicate<String> more) throws IOException {
        BufferedReader out = readers.computeIfAbsent(node, p -> new BufferedReader(
                new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
        String line;
        while ((line = out.readLine()) != null) {
            if (!more.test(line)) {
                return;
            }
        }
        Path err = work.resolve(name + ".err");
        throw new AssertionError("node " + name + " ended: " + (Files.exists(err) ? Files.readString(err) : ""));
    }

    private final java.util.Map<Process, BufferedReader> readers = new java.util.HashMap<>();

    private static long count(String database, String query) throws Exception {
        try (Connection connection = DriverManager.getConnection(POSTGRES + database, "postgres", "");
                Statement s = connection.createStatement(); var rows = s.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void sql(String statement) throws Exception {
        try (Connection connection = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
                Statement s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    /** A child node: the platform without its web server; "save" saves published practices one at a time. */
    public static final class Node {

        public static void main(String[] args) {
            String mode = args[0];
            SpringApplication app = new SpringApplication(DobrePraktykiApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            ConfigurableApplicationContext context = app.run(java.util.Arrays.copyOfRange(args, 1, args.length));
            System.out.println("READY");
            System.out.flush();
            if (!mode.equals("save")) {
                try {
                    Thread.currentThread().join(); // until killed: its outbox processor works meanwhile
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            PracticeService practices = context.getBean(PracticeService.class);
            for (int i = 0; ; i++) {
                PracticeContent content = PracticeContent.minimal("Praktyka nr " + i + " – klaster", "1061011");
                long id = practices.importPractice("cluster-" + i, content, PracticeStatus.PUBLISHED,
                        LocalDate.of(2025, 1, 1), false, "cluster").practiceId();
                System.out.println("SAVED " + id);
                System.out.flush();
            }
        }
    }
}
