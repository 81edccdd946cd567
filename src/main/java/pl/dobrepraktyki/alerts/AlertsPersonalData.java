package pl.dobrepraktyki.alerts;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.accounts.AccountErased;
import pl.dobrepraktyki.accounts.PersonalDataContributor;
import pl.dobrepraktyki.alerts.internal.AlertOutbox;

/**
 * The alerts module's part of the GDPR tools: a person's saved searches and follows (and alerts not
 * sent yet) are in their data export, and are deleted when their data is erased.
 */
@Component
class AlertsPersonalData implements PersonalDataContributor {

    private final SavedSearchRepository searches;
    private final AlertOutbox outbox;

    AlertsPersonalData(SavedSearchRepository searches, AlertOutbox outbox) {
        this.searches = searches;
        this.outbox = outbox;
    }

    record SavedSearchData(String name, SavedSearchKind kind, Frequency frequency, String search, String unitTeryt,
            Long groupId, Instant createdAt, Instant lastAlertUpTo) {
    }

    @Override
    public String section() {
        return "alerts";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(String email) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("savedSearches", searches.findByOwnerOrderByCreatedAtAscIdAsc(email).stream()
                .map(s -> new SavedSearchData(s.getName(), s.getKind(), s.getFrequency(), s.getQuery(),
                        s.getUnitTeryt(), s.getGroupId(), s.getCreatedAt(), s.getHighWater()))
                .toList());
        data.put("alertsNotSentYet", outbox.of(email).stream().map(AlertOutbox.Row::subject).toList());
        return data;
    }

    @EventListener
    @Transactional
    void on(AccountErased event) {
        outbox.deleteOf(event.email());
        searches.deleteAll(searches.findByOwnerOrderByCreatedAtAscIdAsc(event.email()));
    }
}
