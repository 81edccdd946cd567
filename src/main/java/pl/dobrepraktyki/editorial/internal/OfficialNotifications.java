package pl.dobrepraktyki.editorial.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import pl.dobrepraktyki.accounts.AccountService;
import pl.dobrepraktyki.accounts.AccountView;
import pl.dobrepraktyki.catalog.ChangesRequested;
import pl.dobrepraktyki.catalog.PracticePublished;
import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSnapshot;
import pl.dobrepraktyki.catalog.ReverificationDue;
import pl.dobrepraktyki.system.mail.Mailer;

/**
 * Tells the officials of a practice's lead unit (and the person who submitted it, if that is
 * someone else) by e-mail, in Polish, when an editor asked for changes, published the practice,
 * or when it became due for re-verification. Mail goes out only after the change is committed;
 * a failure to send is logged and never undoes the change.
 */
@Component
class OfficialNotifications {

    private static final Logger log = LoggerFactory.getLogger(OfficialNotifications.class);
    private static final Locale POLISH = Locale.forLanguageTag("pl");

    private final PracticeService practices;
    private final AccountService accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    OfficialNotifications(PracticeService practices, AccountService accounts, Mailer mailer, MessageSource messages,
            @Value("${bdp.base-url}") String baseUrl) {
        this.practices = practices;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @TransactionalEventListener
    void on(ChangesRequested event) {
        notify(event.practiceId(), event.editor(), event.submittedBy(), "editorial.mail.changesRequested",
                event.note());
    }

    @TransactionalEventListener
    void on(PracticePublished event) {
        notify(event.practiceId(), event.editor(), event.submittedBy(), "editorial.mail.published", null);
    }

    @TransactionalEventListener
    void on(ReverificationDue event) {
        notify(event.practiceId(), null, null, "editorial.mail.reverificationDue", null);
    }

    private void notify(long practiceId, String reader, String submittedBy, String key, String note) {
        try {
            PracticeSnapshot practice = practices.get(practiceId, reader);
            Set<String> recipients = new LinkedHashSet<>();
            accounts.activeOfficialsOf(practice.content().leadUnitTeryt()).stream().map(AccountView::email)
                    .forEach(recipients::add);
            if (submittedBy != null && !PracticeService.SYSTEM.equals(submittedBy) && accounts.isActive(submittedBy)) {
                recipients.add(submittedBy);
            }
            if (recipients.isEmpty()) {
                log.info("Praktyka {}: brak aktywnych urzędników jednostki {} do powiadomienia", practiceId,
                        practice.content().leadUnitTeryt());
                return;
            }
            String link = baseUrl + "/praktyki/" + practiceId;
            String subject = messages.getMessage(key + ".subject", new Object[] {practice.content().title()}, POLISH);
            String body = messages.getMessage(key + ".body",
                    new Object[] {practice.content().title(), link, note == null ? "" : note}, POLISH);
            for (String to : recipients) {
                mailer.send(to, subject, body);
            }
        }
        catch (RuntimeException e) {
            log.error("Nie udało się powiadomić urzędników o praktyce {} ({})", practiceId, key, e);
        }
    }
}
