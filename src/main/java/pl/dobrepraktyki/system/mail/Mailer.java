package pl.dobrepraktyki.system.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.system.security.LogIdentifiers;

/**
 * Sends plain-text mail. With an SMTP server configured ({@code spring.mail.host}) it uses it;
 * in the embedded default each mail is appended to {@code <data dir>/mail/outbox.log}, a file a
 * person can read, and logged.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> smtp;
    private final String from;
    private final Path outbox;
    private final Clock clock;

    Mailer(ObjectProvider<JavaMailSender> smtp, @Value("${bdp.mail.from}") String from,
            @Value("${bdp.data-dir}") String dataDir, Clock clock) {
        this.smtp = smtp;
        this.from = from;
        this.outbox = Path.of(dataDir, "mail", "outbox.log");
        this.clock = clock;
    }

    public void send(String to, String subject, String body) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender != null) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            message.setSubject(subject);
            message.setText(body);
            try {
                sender.send(message);
                return;
            }
            catch (MailException e) {
                log.error("Nie udało się wysłać wiadomości „{}” przez SMTP; zapisuję ją w {}", oneLine(subject), outbox,
                        e);
            }
        }
        writeToOutbox(to, subject, body);
    }

    private void writeToOutbox(String to, String subject, String body) {
        String text = "=== " + Instant.now(clock) + "\nOd: " + from + "\nDo: " + to + "\nTemat: " + subject + "\n\n"
                + body + "\n\n";
        try {
            Files.createDirectories(outbox.getParent());
            Files.writeString(outbox, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        catch (IOException e) {
            throw new IllegalStateException("Nie można zapisać wiadomości w " + outbox, e);
        }
        log.info("Wiadomość do {} („{}”) zapisana w {}", LogIdentifiers.of(to), oneLine(subject), outbox);
    }

    /** A subject can carry a title someone typed: one log line per message, whatever it holds. */
    private static String oneLine(String text) {
        return text == null ? null : text.replaceAll("[\\r\\n]", " ");
    }
}
