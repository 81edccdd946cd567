package pl.dobrepraktyki.newsletter;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.accounts.AccountErased;
import pl.dobrepraktyki.accounts.PersonalDataContributor;

/**
 * The digest's part of the GDPR tools: the subscription of the person's address in the export, deleted (with
 * the record of digests sent) on erasure; unconfirmed subscriptions are removed after 30 days on the
 * platform's retention schedule ({@code bdp.retention.cron}).
 */
@Component
class NewsletterPersonalData implements PersonalDataContributor {

    private static final Logger log = LoggerFactory.getLogger(NewsletterPersonalData.class);

    private final NewsletterService subscriptions;

    NewsletterPersonalData(NewsletterService subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public String section() {
        return "newsletter";
    }

    @Override
    public Object export(String email) {
        Map<String, Object> data = new LinkedHashMap<>();
        subscriptions.find(NewsletterService.normalize(email)).ifPresent(s -> {
            data.put("email", s.email());
            data.put("status", s.status().name());
            data.put("subscribedAt", s.createdAt());
            data.put("confirmedAt", s.confirmedAt());
        });
        return data;
    }

    @EventListener
    void on(AccountErased event) {
        subscriptions.unsubscribeAccount(event.email());
    }

    @Scheduled(cron = "${bdp.retention.cron:0 45 3 * * *}")
    void retention() {
        int removed = subscriptions.removeStaleUnconfirmed();
        if (removed > 0) {
            log.info("Retencja: usunięto {} niepotwierdzonych zapisów na Tygodnik", removed);
        }
    }
}
