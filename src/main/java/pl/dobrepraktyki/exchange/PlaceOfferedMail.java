package pl.dobrepraktyki.exchange;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import pl.dobrepraktyki.system.mail.Mailer;

/**
 * Tells the person who moved up from the waiting list, by e-mail in Polish, that they have a place:
 * sent only after the change is committed; a failure to send is logged and never undoes it.
 */
@Component
class PlaceOfferedMail {

    private static final Logger log = LoggerFactory.getLogger(PlaceOfferedMail.class);
    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.MM.yyyy, HH:mm", POLISH);

    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    PlaceOfferedMail(Mailer mailer, MessageSource messages, @Value("${bdp.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @TransactionalEventListener
    void on(PlaceOffered event) {
        try {
            Object[] args = { event.title(), WHEN.format(event.startsAt()), baseUrl + "/spotkania/" + event.meetingId() };
            mailer.send(event.email(), messages.getMessage("exchange.mail.placeOffered.subject", args, POLISH),
                    messages.getMessage("exchange.mail.placeOffered.body", args, POLISH));
        }
        catch (RuntimeException e) {
            log.error("Nie udało się powiadomić o miejscu na spotkaniu {}", event.meetingId(), e);
        }
    }
}
