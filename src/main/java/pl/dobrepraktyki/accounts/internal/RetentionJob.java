package pl.dobrepraktyki.accounts.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.accounts.PersonalDataService;

/**
 * Storage limitation (GDPR Art. 5(1)(e)): removes unconfirmed registrations after 30 days and audit
 * events after {@code bdp.audit.retention-days} ({@code BDP_AUDIT_RETENTION_DAYS}, 730 by default).
 * Runs on {@code bdp.retention.cron} (daily by default; {@code -} switches it off).
 */
@Component
@EnableScheduling
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final PersonalDataService personalData;

    RetentionJob(PersonalDataService personalData) {
        this.personalData = personalData;
    }

    @Scheduled(cron = "${bdp.retention.cron:0 45 3 * * *}")
    public PersonalDataService.Retention run() {
        PersonalDataService.Retention removed = personalData.applyRetention();
        if (removed.unconfirmedRegistrations() > 0 || removed.auditEvents() > 0) {
            log.info("Retencja: usunięto {} niepotwierdzonych rejestracji i {} zdarzeń audytu",
                    removed.unconfirmedRegistrations(), removed.auditEvents());
        }
        return removed;
    }
}
