package pl.dobrepraktyki.system.mail;

import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import pl.dobrepraktyki.support.IntegrationTest;
import pl.dobrepraktyki.support.MailTestConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MailerIntegrationTests {

    @Autowired
    Mailer mailer;

    @Autowired
    GreenMail greenMail;

    @Test
    void aMailWithAnHtmlAlternativeArrivesWithBothPartsItsOwnMessageIdAndItsHeaders() throws Exception {
        String to = "alternatywa@example.org";
        mailer.send(new Mailer.Mail(to, "Nowe praktyki: źródła", "Tekst: źródła finansowania",
                "<p>HTML: <strong>źródła</strong></p>", "alert-7-3@dobrepraktyki.local",
                Map.of("List-Unsubscribe", "<https://example.org/wypisz/abc>")));

        List<MimeMessage> received = MailTestConfiguration.mailTo(greenMail, to);
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject()).isEqualTo("Nowe praktyki: źródła");
        assertThat(message.getMessageID()).isEqualTo("<alert-7-3@dobrepraktyki.local>");
        assertThat(message.getHeader("List-Unsubscribe")).containsExactly("<https://example.org/wypisz/abc>");
        Multipart alternative = alternative((Multipart) message.getContent());
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain");
        assertThat((String) alternative.getBodyPart(0).getContent()).isEqualTo("Tekst: źródła finansowania");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        assertThat((String) alternative.getBodyPart(1).getContent()).contains("<strong>źródła</strong>");
    }

    /** The multipart/alternative inside the message (which may wrap it in mixed or related parts). */
    private static Multipart alternative(Multipart multipart) throws Exception {
        if (multipart.getContentType().startsWith("multipart/alternative")) {
            return multipart;
        }
        return alternative((Multipart) multipart.getBodyPart(0).getContent());
    }

    @Test
    void aPlainMailSentTwiceWithTheSameMessageIdKeepsIt() throws Exception {
        String to = "ponownie@example.org";
        Mailer.Mail mail = new Mailer.Mail(to, "Temat", "Treść", null, "same-1@dobrepraktyki.local", null);
        mailer.send(mail);
        mailer.send(mail);

        assertThat(MailTestConfiguration.mailTo(greenMail, to)).extracting(MimeMessage::getMessageID)
                .containsExactly("<same-1@dobrepraktyki.local>", "<same-1@dobrepraktyki.local>");
        assertThat((String) MailTestConfiguration.mailTo(greenMail, to).get(0).getContent()).isEqualTo("Treść");
    }
}
