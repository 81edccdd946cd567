package pl.dobrepraktyki.alerts.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import pl.dobrepraktyki.alerts.AlertService;
import pl.dobrepraktyki.alerts.SavedSearch;
import pl.dobrepraktyki.alerts.SavedSearchRepository;
import pl.dobrepraktyki.exchange.MeetingSummary;
import pl.dobrepraktyki.search.SearchResults;
import pl.dobrepraktyki.search.SearchService;
import pl.dobrepraktyki.system.mail.Mailer;
import pl.dobrepraktyki.system.security.LogIdentifiers;

/**
 * The two alert jobs. {@link #collect()}: for every saved search whose alert is due, the practices
 * published since its high-water mark that it finds (for a followed group also the meetings planned in
 * it since then); when there are any, the alert mail is written to
 * the outbox, and the mark moves on, in one transaction (a crash leaves both or neither). {@link #send()}:
 * each outbox row is sent with the Message-ID {@code alert-<search>-<seq>@<host>} and deleted once SMTP
 * accepted it; a crash in between sends it again with the same Message-ID (at least once, never lost).
 */
@Component
public class AlertJobs {

    private static final Logger log = LoggerFactory.getLogger(AlertJobs.class);
    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm", POLISH);
    /** The practices an alert lists; it says how many more there are. */
    public static final int LISTED = 20;
    static final int BATCH = 100;

    private final SavedSearchRepository searches;
    private final AlertService alerts;
    private final AlertOutbox outbox;
    private final Mailer mailer;
    private final UnsubscribeTokens tokens;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String baseUrl;
    private final String host;
    private final Duration lag;
    private final boolean haltAfterSend;

    AlertJobs(SavedSearchRepository searches, AlertService alerts, AlertOutbox outbox, Mailer mailer,
            UnsubscribeTokens tokens, MessageSource messages, PlatformTransactionManager transactions, Clock clock,
            @Value("${bdp.base-url}") String baseUrl, @Value("${bdp.alerts.index-lag:PT2M}") Duration lag,
            @Value("${bdp.alerts.test.halt-after-send:false}") boolean haltAfterSend) {
        this.searches = searches;
        this.alerts = alerts;
        this.outbox = outbox;
        this.mailer = mailer;
        this.tokens = tokens;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String h = URI.create(this.baseUrl).getHost();
        this.host = h == null ? "localhost" : h;
        this.lag = lag;
        this.haltAfterSend = haltAfterSend;
    }

    @Scheduled(cron = "${bdp.alerts.cron:0 */5 * * * *}")
    public void run() {
        collect();
        send();
    }

    /** Writes the due alerts to the outbox; returns how many it wrote. */
    public int collect() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // a practice published a moment ago may not be in the index yet: it is alerted at the next run
        Instant until = now.minus(lag);
        int written = 0;
        for (Long id : searches.allIds()) {
            try {
                Boolean wrote = transaction.execute(status -> collect(id, now, until));
                written += Boolean.TRUE.equals(wrote) ? 1 : 0;
            }
            catch (OptimisticLockingFailureException e) {
                // changed meanwhile (its frequency, or another instance ran it): the next run sees it again
                log.info("Obserwowane wyszukiwanie {} zmienione w trakcie; pominięte w tym przebiegu", id);
            }
        }
        return written;
    }

    private boolean collect(long id, Instant now, Instant until) {
        SavedSearch saved = searches.findById(id).orElse(null);
        if (saved == null || !saved.isDue(now) || !until.isAfter(saved.getHighWater())) {
            return false;
        }
        SearchService.PublishedInWindow found = alerts.published(saved, saved.getHighWater(), until, LISTED);
        List<MeetingSummary> meetings = alerts.newMeetings(saved, saved.getHighWater(), until);
        boolean anything = found.total() > 0 || !meetings.isEmpty();
        int seq = saved.alerted(until, now, anything);
        if (!anything) {
            return false;
        }
        boolean group = saved.getGroupId() != null;
        String unsubscribe = baseUrl + "/obserwowane/wypisz?t=" + tokens.tokenFor(saved.getId());
        String messageId = "alert-" + saved.getId() + "-" + seq + "@" + host;
        String subject = messages.getMessage(group ? "alerts.mail.subject.group" : "alerts.mail.subject",
                new Object[] { saved.getName() }, POLISH);
        outbox.add(saved.getId(), seq, saved.getOwner(), subject, text(saved, found, meetings, unsubscribe),
                html(saved, found, meetings, unsubscribe, subject), messageId, unsubscribe, now);
        return true;
    }

    private String text(SavedSearch saved, SearchService.PublishedInWindow found, List<MeetingSummary> meetings,
            String unsubscribe) {
        boolean group = saved.getGroupId() != null;
        StringBuilder text = new StringBuilder();
        text.append(msg("alerts.mail.greeting")).append("\n\n")
                .append(msg(group ? "alerts.mail.intro.group" : "alerts.mail.intro", saved.getName())).append("\n\n");
        if (!meetings.isEmpty()) {
            text.append(msg("alerts.mail.meetings")).append("\n");
            for (MeetingSummary meeting : meetings) {
                text.append("- ").append(meeting.title()).append(" – ").append(WHEN.format(meeting.startsAt()))
                        .append("\n  ").append(baseUrl).append("/spotkania/").append(meeting.id()).append("\n");
            }
            text.append("\n");
        }
        if (group && found.total() > 0) {
            text.append(msg("alerts.mail.practices")).append("\n");
        }
        for (SearchResults.Hit hit : found.newest()) {
            text.append("- ").append(hit.title());
            if (hit.leadUnitName() != null) {
                text.append(" – ").append(hit.leadUnitName());
            }
            text.append("\n  ").append(baseUrl).append("/praktyki/").append(hit.id()).append("\n");
        }
        if (found.total() > found.newest().size()) {
            text.append("\n").append(msg("alerts.mail.more", found.total() - found.newest().size())).append("\n");
        }
        text.append("\n").append(msg(group ? "alerts.mail.group" : "alerts.mail.search")).append(" ").append(baseUrl)
                .append(AlertService.searchUrl(saved)).append("\n")
                .append(msg("alerts.mail.manage")).append(" ").append(baseUrl).append("/konto/obserwowane\n")
                .append(msg("alerts.mail.unsubscribe")).append(" ").append(unsubscribe).append("\n");
        return text.toString();
    }

    private String html(SavedSearch saved, SearchService.PublishedInWindow found, List<MeetingSummary> meetings,
            String unsubscribe, String subject) {
        boolean group = saved.getGroupId() != null;
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"pl\"><head><meta charset=\"UTF-8\"><title>")
                .append(esc(subject)).append("</title></head><body><h1>").append(esc(subject)).append("</h1><p>")
                .append(esc(msg(group ? "alerts.mail.intro.group" : "alerts.mail.intro", saved.getName())))
                .append("</p>");
        if (!meetings.isEmpty()) {
            html.append("<h2>").append(esc(msg("alerts.mail.meetings"))).append("</h2><ul>");
            for (MeetingSummary meeting : meetings) {
                html.append("<li><a href=\"").append(esc(baseUrl + "/spotkania/" + meeting.id())).append("\">")
                        .append(esc(meeting.title())).append("</a> – ").append(esc(WHEN.format(meeting.startsAt())))
                        .append("</li>");
            }
            html.append("</ul>");
        }
        if (group && found.total() > 0) {
            html.append("<h2>").append(esc(msg("alerts.mail.practices"))).append("</h2>");
        }
        if (!found.newest().isEmpty()) {
            html.append("<ul>");
            for (SearchResults.Hit hit : found.newest()) {
                html.append("<li><a href=\"").append(esc(baseUrl + "/praktyki/" + hit.id())).append("\">")
                        .append(esc(hit.title())).append("</a>");
                if (hit.leadUnitName() != null) {
                    html.append(" – ").append(esc(hit.leadUnitName()));
                }
                html.append("</li>");
            }
            html.append("</ul>");
        }
        if (found.total() > found.newest().size()) {
            html.append("<p>").append(esc(msg("alerts.mail.more", found.total() - found.newest().size()))).append("</p>");
        }
        html.append("<p><a href=\"").append(esc(baseUrl + AlertService.searchUrl(saved))).append("\">")
                .append(esc(msg(group ? "alerts.mail.groupLink" : "alerts.mail.searchLink")))
                .append("</a></p><p><a href=\"")
                .append(esc(baseUrl + "/konto/obserwowane")).append("\">").append(esc(msg("alerts.mail.manageLink")))
                .append("</a></p><p><a href=\"").append(esc(unsubscribe)).append("\">")
                .append(esc(msg("alerts.mail.unsubscribeLink"))).append("</a></p></body></html>");
        return html.toString();
    }

    /** Sends the outbox; returns how many mails SMTP accepted. Stops at the first failure (tried again later). */
    public int send() {
        int sent = 0;
        List<AlertOutbox.Row> rows = new ArrayList<>(outbox.pending(BATCH));
        for (AlertOutbox.Row row : rows) {
            try {
                mailer.send(new Mailer.Mail(row.recipient(), row.subject(), row.textBody(), row.htmlBody(),
                        row.messageId(), Map.of("List-Unsubscribe", "<" + row.unsubscribeUrl() + ">",
                                // RFC 8058: a mail client may unsubscribe with one POST to that address
                                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click")));
            }
            catch (MailException e) {
                log.warn("Powiadomienie {}/{} do {} nie zostało wysłane; ponowię przy następnym przebiegu",
                        row.savedSearchId(), row.seq(), LogIdentifiers.of(row.recipient()), e);
                break;
            }
            if (haltAfterSend) {
                // tests only (kill -9 between SMTP accepting the mail and the row being marked sent)
                Runtime.getRuntime().halt(137);
            }
            outbox.sent(row.id());
            sent++;
        }
        return sent;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, POLISH);
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
