package pl.dobrepraktyki.editorial.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSummary;
import pl.dobrepraktyki.editorial.EditorialService;

/**
 * Marks published practices whose last verification is older than
 * {@code bdp.editorial.reverification-months} as due for re-verification; the officials of the
 * lead unit are told by e-mail. Runs on {@code bdp.editorial.reverification-cron} (daily by
 * default; {@code -} switches it off). Each practice is marked in its own transaction, so one
 * failure does not stop the others.
 */
@Component
public class ReverificationJob {

    private static final Logger log = LoggerFactory.getLogger(ReverificationJob.class);

    private final PracticeService practices;
    private final EditorialService editorial;
    private final Clock clock;
    private final int months;

    ReverificationJob(PracticeService practices, EditorialService editorial, Clock clock,
            @Value("${bdp.editorial.reverification-months:24}") int months) {
        this.practices = practices;
        this.editorial = editorial;
        this.clock = clock;
        this.months = months;
    }

    /** Marks every practice due now; returns how many were marked. */
    @Scheduled(cron = "${bdp.editorial.reverification-cron:0 30 3 * * *}")
    public int run() {
        LocalDate cutoff = LocalDate.now(clock).minusMonths(months);
        int marked = 0;
        for (PracticeSummary practice : practices.publishedVerifiedBefore(cutoff)) {
            try {
                editorial.markReverificationDue(practice.id());
                marked++;
            }
            catch (RuntimeException e) {
                log.warn("Nie udało się oznaczyć praktyki {} do ponownej weryfikacji", practice.id(), e);
            }
        }
        if (marked > 0) {
            log.info("Oznaczono {} praktyk do ponownej weryfikacji (zweryfikowanych przed {})", marked, cutoff);
        }
        return marked;
    }
}
