package pl.dobrepraktyki.system.mail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;

class MailerTests {

    @TempDir
    Path dataDir;

    @Test
    void withoutAnSmtpServerMailsAreWrittenToAReadableOutboxInTheDataDirectory() throws Exception {
        Mailer mailer = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                "no-reply@bdp.test", dataDir.toString(),
                Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
        mailer.send("anna@gmina.pl", "Potwierdź adres", "Otwórz link: http://localhost/rejestracja/potwierdz?token=abc");
        mailer.send("jan@gmina.pl", "Druga", "Treść ze znakami ąęśćżźół");

        String outbox = Files.readString(dataDir.resolve("mail/outbox.log"), StandardCharsets.UTF_8);
        assertThat(outbox).contains("Do: anna@gmina.pl", "Temat: Potwierdź adres",
                "http://localhost/rejestracja/potwierdz?token=abc", "Do: jan@gmina.pl", "ąęśćżźół",
                "2026-11-22T10:00:00Z");
    }
}
