package pl.dobrepraktyki.alerts;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import pl.dobrepraktyki.DobrePraktykiApplication;
import pl.dobrepraktyki.accounts.Role;
import pl.dobrepraktyki.accounts.TestAccounts;
import pl.dobrepraktyki.alerts.internal.AlertJobs;
import pl.dobrepraktyki.alerts.internal.AlertOutbox;
import pl.dobrepraktyki.catalog.PracticeContents;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.support.MailTestConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An alert survives {@code kill -9} between SMTP accepting it and the outbox marking it sent: the platform
 * runs in a child JVM on its default embedded database and index (under a fresh data directory) with the
 * SMTP server of this test (GreenMail, which outlives the child), writes an alert to the outbox and halts
 * the JVM the moment SMTP accepted it (the test-only {@code bdp.alerts.test.halt-after-send}, like a
 * {@code kill -9}: no shutdown hook, no commit). Restarted on the same data, it sends the alert again with
 * the same Message-ID: the mailbox holds the alert, recognisably once, and nothing is left in the outbox.
 */
class AlertOutboxDurabilityTests {

    @TempDir
    Path dataDir;

    @Test
    void anAlertSentButNotMarkedWhenTheJvmDiesIsSentAgainWithTheSameMessageIdAndNeverLost() throws Exception {
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            int port = smtp.getSmtp().getPort();
            Child first = run("first", port, true);
            assertThat(first.exitCode()).as("the child halted right after SMTP accepted; its output: %s; errors: %s",
                    first.lines(), errors()).isEqualTo(137);
            String recipient = first.value("RECIPIENT");
            String savedId = first.value("SAVED");
            assertThat(first.value("COLLECTED")).isEqualTo("1");
            assertThat(alerts(smtp, recipient)).as("mail after the first run: %s; output %s",
                    describe(smtp), first.lines()).hasSize(1);

            Child second = run("second", port, false);
            assertThat(second.exitCode()).as("errors: %s", errors()).isZero();
            assertThat(second.value("SENT")).isEqualTo("1");
            assertThat(second.value("PENDING")).isEqualTo("0");

            List<MimeMessage> received = alerts(smtp, recipient);
            assertThat(received).hasSize(2);
            List<String> ids = new ArrayList<>();
            for (MimeMessage message : received) {
                ids.add(message.getMessageID());
            }
            assertThat(ids.stream().distinct().toList()).containsExactly("<alert-" + savedId + "-1@localhost>");
            assertThat(received.get(1).getSubject()).isEqualTo(received.get(0).getSubject())
                    .isEqualTo("Nowe praktyki: Po awarii");
        }
        finally {
            smtp.stop();
        }
    }

    /** The alerts to the person (the publication also notifies the officials of the unit, this person among them). */
    private static List<MimeMessage> alerts(GreenMail smtp, String recipient) throws jakarta.mail.MessagingException {
        List<MimeMessage> alerts = new ArrayList<>();
        for (MimeMessage m : MailTestConfiguration.mailTo(smtp, recipient)) {
            if (m.getMessageID().startsWith("<alert-")) {
                alerts.add(m);
            }
        }
        return alerts;
    }

    private static String describe(GreenMail smtp) throws jakarta.mail.MessagingException {
        StringBuilder all = new StringBuilder();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            all.append(java.util.Arrays.toString(m.getAllRecipients())).append(' ').append(m.getMessageID())
                    .append(' ').append(m.getSubject()).append('\n');
        }
        return all.toString();
    }

    private String errors() throws java.io.IOException {
        Path err = dataDir.resolve("child.err");
        return Files.exists(err) ? Files.readString(err) : "";
    }

    private record Child(int exitCode, List<String> lines) {

        String value(String key) {
            return lines.stream().filter(l -> l.startsWith(key + " ")).map(l -> l.substring(key.length() + 1))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + key + " in " + lines));
        }
    }

    private Child run(String phase, int port, boolean halt) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Platform.class.getName(), dataDir.toString(), String.valueOf(port), phase, String.valueOf(halt))
                .redirectError(ProcessBuilder.Redirect.appendTo(dataDir.resolve("child.err").toFile()));
        // the platform's own defaults, whatever the environment of the build says
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("DB_")
                || k.startsWith("BDP_"));
        Process child = builder.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        }
        finally {
            if (!child.waitFor(180, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
        return new Child(child.exitValue(), lines);
    }

    /** The child: the platform on the data directory, sending its mail to the test's SMTP server. */
    public static final class Platform {

        public static void main(String[] args) throws Exception {
            SpringApplication app = new SpringApplication(DobrePraktykiApplication.class);
            app.setWebApplicationType(WebApplicationType.NONE);
            ConfigurableApplicationContext context = app.run("--bdp.data-dir=" + args[0],
                    "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + args[1],
                    "--bdp.alerts.test.halt-after-send=" + args[3], "--bdp.alerts.cron=-",
                    "--bdp.alerts.index-lag=PT0S", "--bdp.editorial.reverification-cron=-", "--bdp.retention.cron=-",
                    "--bdp.demo-content=false", "--bdp.base-url=http://localhost",
                    "--logging.level.root=ERROR", "--spring.main.banner-mode=off");
            AlertJobs jobs = context.getBean(AlertJobs.class);
            if (args[2].equals("first")) {
                String person = TestAccounts.active(context, Role.OFFICIAL);
                SavedSearch saved = context.getBean(AlertService.class).save(person, new AlertService.SaveParams(
                        "Po awarii", Frequency.IMMEDIATE, SavedQuery.parse("q=kwiatostan"), null,
                        SavedSearchKind.SEARCH));
                print("RECIPIENT " + person);
                print("SAVED " + saved.getId());
                Thread.sleep(20);
                PracticeService practices = context.getBean(PracticeService.class);
                String official = TestAccounts.activeOf(context, PracticeContents.LODZ, Role.OFFICIAL);
                long id = practices.createDraft(PracticeContents.complete().title("Kwiatostan na skwerze")
                        .leadUnit(PracticeContents.LODZ).build(), official).practiceId();
                practices.submit(id, official);
                practices.publish(id, TestAccounts.active(context, Role.EDITOR));
                // the index follows the database through the outbox a moment later; the alert reads the index
                pl.dobrepraktyki.search.SearchService search = context.getBean(pl.dobrepraktyki.search.SearchService.class);
                for (int i = 0; i < 600 && !search.isIndexed(id); i++) {
                    Thread.sleep(50);
                }
                Thread.sleep(20);
                print("COLLECTED " + jobs.collect());
                jobs.send(); // halts the JVM once SMTP accepted the alert
                print("NOT HALTED");
            }
            else {
                print("SENT " + jobs.send());
                print("PENDING " + context.getBean(AlertOutbox.class).pending(100).size());
            }
            context.close();
            System.exit(0);
        }

        private static void print(String line) {
            System.out.println(line);
            System.out.flush();
        }
    }

}
