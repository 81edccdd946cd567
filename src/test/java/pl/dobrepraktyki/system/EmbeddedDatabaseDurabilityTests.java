package pl.dobrepraktyki.system;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import pl.dobrepraktyki.DobrePraktykiApplication;
import pl.dobrepraktyki.accounts.AuditLog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save the platform has confirmed survives {@code kill -9}: the platform runs in a child JVM on
 * its default embedded database (H2 file under the data directory), confirms writes one by one,
 * is killed hard in the middle, and every confirmed write must be in the database afterwards.
 */
class EmbeddedDatabaseDurabilityTests {

    private static final int CONFIRMED_BEFORE_KILL = 400;

    @TempDir
    Path dataDir;

    @Test
    void everyConfirmedWriteSurvivesAHardKill() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Writer.class.getName(), dataDir.toString()).redirectError(dataDir.resolve("child.err").toFile());
        // The platform's own defaults, whatever the environment of the build says.
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("DB_")
                || k.startsWith("BDP_"));
        Process child = builder.start();
        Set<Integer> confirmed = new HashSet<>();
        String url = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("URL ")) {
                    url = line.substring(4);
                }
                else if (line.startsWith("CONFIRMED ")) {
                    confirmed.add(Integer.parseInt(line.substring(10)));
                    if (confirmed.size() == CONFIRMED_BEFORE_KILL) {
                        child.destroyForcibly(); // SIGKILL: no shutdown hook, no close of the database
                        break;
                    }
                }
            }
        }
        finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(url).as("the child used the default H2 file database; its errors: %s",
                Files.exists(dataDir.resolve("child.err")) ? Files.readString(dataDir.resolve("child.err")) : "").startsWith("jdbc:h2:file:")
                .contains(dataDir.toString());
        assertThat(confirmed).hasSize(CONFIRMED_BEFORE_KILL);

        Set<Integer> stored = new HashSet<>();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = db.createStatement()
                     .executeQuery("select details from audit_event where type = 'LOGIN_FAILED' and actor = 'durability'")) {
            while (rows.next()) {
                stored.add(Integer.parseInt(rows.getString(1)));
            }
        }
        Set<Integer> lost = new HashSet<>(confirmed);
        lost.removeAll(stored);
        assertThat(lost).as("confirmed writes lost by kill -9 (of %d)", confirmed.size()).isEmpty();
    }

    /** The child: the platform with its default configuration, writing and confirming one event at a time. */
    public static final class Writer {

        public static void main(String[] args) {
            SpringApplication app = new SpringApplication(DobrePraktykiApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            ConfigurableApplicationContext context = app.run("--bdp.data-dir=" + args[0],
                    "--logging.level.root=ERROR", "--spring.main.banner-mode=off");
            System.out.println("URL " + context.getEnvironment().getProperty("spring.datasource.url"));
            AuditLog audit = context.getBean(AuditLog.class);
            for (int i = 0; ; i++) {
                audit.record(AuditLog.Type.LOGIN_FAILED, "durability", "durability", String.valueOf(i));
                System.out.println("CONFIRMED " + i);
                System.out.flush();
            }
        }
    }
}
