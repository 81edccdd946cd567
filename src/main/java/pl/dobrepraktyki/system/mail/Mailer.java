package pl.dobrepraktyki.system.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.system.security.LogIdentifiers;

/**
 * Sends mail: plain text ({@link #send(String, String, String)}), or a {@link Mail} with an HTML
 * alternative, its own Message-ID and headers ({@link #send(Mail)}). With an SMTP server configured ({@code spring.mail.host}) it uses it;
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

    /**
     * A message: plain text, and, when {@code html} is given, an HTML alternative of the same content;
     * {@code messageId} (without angle brackets), when given, is the Message-ID, so that a message sent
     * again after a crash is recognisably the same one; {@code headers} are added as they are (for
     * example {@code List-Unsubscribe}).
     */
    public record Mail(String to, String subject, String text, String html, String messageId,
            Map<String, String> headers) {

        public Mail {
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }
    }

    /**
     * Sends the message. Unlike {@link #send(String, String, String)} a refused or unreachable SMTP
     * server is not covered up: the {@link MailException} reaches the caller, so that an outbox keeps the
     * message and tries again. Without SMTP (the embedded default) the text part is written to the file.
     */
    public void send(Mail mail) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            writeToOutbox(mail.to(), mail.subject(), mail.text());
            return;
        }
        MimeMessage message = mail.messageId() == null ? sender.createMimeMessage()
                : new FixedIdMimeMessage(sender.createMimeMessage(), mail.messageId());
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, mail.html() != null, "UTF-8");
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            if (mail.html() != null) {
                helper.setText(mail.text(), mail.html());
            }
            else {
                helper.setText(mail.text());
            }
            for (Map.Entry<String, String> header : mail.headers().entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
        }
        catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(message);
    }

    /** Jakarta Mail gives every message a new Message-ID when it is saved; this one keeps the given one. */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String id;

        FixedIdMimeMessage(MimeMessage session, String id) {
            super(session.getSession());
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + id + ">");
        }
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
