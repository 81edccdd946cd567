package pl.dobrepraktyki.newsletter;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import pl.dobrepraktyki.catalog.PracticeService;
import pl.dobrepraktyki.catalog.PracticeSummary;
import pl.dobrepraktyki.competition.CompetitionService;
import pl.dobrepraktyki.competition.Edition;
import pl.dobrepraktyki.exchange.MeetingService;
import pl.dobrepraktyki.exchange.MeetingSummary;
import pl.dobrepraktyki.system.mail.Mailer;
import pl.dobrepraktyki.system.security.LogIdentifiers;

/**
 * The weekly digest job ({@code bdp.newsletter.cron}, Monday 07:00 Polish time by default; {@code -}
 * switches it off). A digest holds the practices published in the last 7 days, the meetings of the next 30
 * days and the competition editions accepting entries; with none of them nothing is sent.
 * <p>
 * Delivery is <b>at most once per subscriber per week</b>: before talking to the SMTP server the job commits
 * a row (subscriber, Monday of the week) in {@code newsletter_delivery}, whose primary key refuses a second
 * one, so a re-run of the job, or a second node running it at the same time, skips that subscriber. When the
 * SMTP server refuses the mail the row is deleted again, so the next run tries once more; after a crash
 * between the row and the mail the row stays without {@code sent_at} and that subscriber misses that week
 * (a duplicate in every inbox is worse than one missed digest).
 */
@Component
@EnableScheduling
public class WeeklyDigest {

    private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);

    public static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    static final Locale POLISH = Locale.forLanguageTag("pl");
    static final int MAX_PRACTICES = 100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.MM.yyyy", POLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d.MM.yyyy, HH:mm", POLISH);

    /** What the job did; {@code skipped}: nothing new, nothing sent. */
    public record Run(LocalDate weekStart, boolean skipped, int sent, int alreadySent, int failed) {
    }

    /** What a digest lists, the same for every subscriber of a week. */
    record Content(LocalDate weekStart, List<PracticeLine> practices, List<MeetingLine> meetings,
            List<CallLine> calls) {

        boolean isEmpty() {
            return practices.isEmpty() && meetings.isEmpty() && calls.isEmpty();
        }
    }

    record PracticeLine(String title, String unit, String summary, String url) {
    }

    record MeetingLine(String title, String when, String place, String url) {
    }

    record CallLine(String name, String closes, String url) {
    }

    private final NewsletterService subscriptions;
    private final PracticeService practices;
    private final MeetingService meetings;
    private final CompetitionService competition;
    private final Mailer mailer;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;

    WeeklyDigest(NewsletterService subscriptions, PracticeService practices, MeetingService meetings,
            CompetitionService competition, Mailer mailer, ITemplateEngine templates, MessageSource messages,
            JdbcClient jdbc, Clock clock) {
        this.subscriptions = subscriptions;
        this.practices = practices;
        this.meetings = meetings;
        this.competition = competition;
        this.mailer = mailer;
        this.templates = templates;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${bdp.newsletter.cron:0 0 7 * * MON}", zone = "Europe/Warsaw")
    public Run run() {
        Content content = content(clock.instant());
        if (content.isEmpty()) {
            log.info("Tygodnik {}: nic nowego, nic nie wysłano", content.weekStart());
            return new Run(content.weekStart(), true, 0, 0, 0);
        }
        int sent = 0;
        int already = 0;
        int failed = 0;
        for (Subscription subscriber : subscriptions.confirmed()) {
            String messageId = "tygodnik-" + content.weekStart() + "-" + subscriber.id() + "@" + host();
            try {
                jdbc.sql("insert into newsletter_delivery (subscription_id, week_start, message_id, claimed_at)"
                        + " values (?, ?, ?, ?)")
                        .params(subscriber.id(), content.weekStart(), messageId,
                                java.sql.Timestamp.from(clock.instant()))
                        .update();
            }
            catch (DuplicateKeyException e) {
                already++;
                continue;
            }
            try {
                mailer.send(mail(content, subscriber, messageId));
                jdbc.sql("update newsletter_delivery set sent_at = ? where subscription_id = ? and week_start = ?")
                        .params(java.sql.Timestamp.from(clock.instant()), subscriber.id(), content.weekStart())
                        .update();
                sent++;
            }
            catch (RuntimeException e) {
                jdbc.sql("delete from newsletter_delivery where subscription_id = ? and week_start = ?")
                        .params(subscriber.id(), content.weekStart()).update();
                log.warn("Tygodnik {} nie wysłany do {}", content.weekStart(), LogIdentifiers.of(subscriber.email()),
                        e);
                failed++;
            }
        }
        log.info("Tygodnik {}: wysłano {}, wcześniej wysłanych {}, nieudanych {}", content.weekStart(), sent, already,
                failed);
        return new Run(content.weekStart(), false, sent, already, failed);
    }

    Content content(Instant now) {
        LocalDateTime local = LocalDateTime.ofInstant(now, ZONE);
        LocalDate today = local.toLocalDate();
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String base = subscriptions.baseUrl();
        List<PracticeLine> newPractices = practices.publishedBetween(now.minus(Duration.ofDays(7)), now, MAX_PRACTICES)
                .stream().map((PracticeSummary p) -> new PracticeLine(p.title(), p.leadUnitName(), p.summary(),
                        base + "/praktyki/" + p.id()))
                .toList();
        List<MeetingLine> upcoming = meetings.between(today, today.plusDays(30)).stream()
                .filter((MeetingSummary m) -> !m.startsAt().isBefore(local))
                .map(m -> new MeetingLine(m.title(), DAY_TIME.format(m.startsAt()),
                        m.place() != null ? m.place() : m.hostUnitName(), base + "/spotkania/" + m.id()))
                .toList();
        List<CallLine> calls = competition.openEditions().stream()
                .map((Edition e) -> new CallLine(e.getName(),
                        DAY.format(LocalDate.ofInstant(e.getClosesAt(), ZONE)), base + "/konkursy/" + e.getId()))
                .toList();
        return new Content(weekStart, newPractices, upcoming, calls);
    }

    Mailer.Mail mail(Content content, Subscription subscriber, String messageId) {
        String unsubscribe = subscriptions.link("/tygodnik/wypisz", subscriber.unsubscribeToken());
        String week = DAY.format(content.weekStart());
        Context context = new Context(POLISH);
        context.setVariable("content", content);
        context.setVariable("week", week);
        context.setVariable("baseUrl", subscriptions.baseUrl());
        context.setVariable("unsubscribeUrl", unsubscribe);
        String html = templates.process("newsletter/mail-digest", context);
        return new Mailer.Mail(subscriber.email(), message("newsletter.digest.subject", week), text(content, week,
                unsubscribe), html, messageId, Map.of("List-Unsubscribe", "<" + unsubscribe + ">",
                        "List-Unsubscribe-Post", "List-Unsubscribe=One-Click",
                        "List-Id", "Tygodnik <tygodnik." + host() + ">"));
    }

    private String text(Content content, String week, String unsubscribe) {
        StringBuilder text = new StringBuilder();
        text.append(message("newsletter.digest.heading", week)).append("\n\n");
        if (!content.practices().isEmpty()) {
            text.append(message("newsletter.digest.practices")).append("\n\n");
            for (PracticeLine p : content.practices()) {
                text.append("* ").append(p.title());
                if (p.unit() != null) {
                    text.append(" (").append(p.unit()).append(')');
                }
                text.append("\n  ").append(p.url()).append("\n");
            }
            text.append('\n');
        }
        if (!content.meetings().isEmpty()) {
            text.append(message("newsletter.digest.meetings")).append("\n\n");
            for (MeetingLine m : content.meetings()) {
                text.append("* ").append(m.when()).append(" ").append(m.title());
                if (m.place() != null) {
                    text.append(" (").append(m.place()).append(')');
                }
                text.append("\n  ").append(m.url()).append("\n");
            }
            text.append('\n');
        }
        if (!content.calls().isEmpty()) {
            text.append(message("newsletter.digest.calls")).append("\n\n");
            for (CallLine c : content.calls()) {
                text.append("* ").append(c.name()).append(" (").append(message("newsletter.digest.closes", c.closes()))
                        .append(")\n  ").append(c.url()).append("\n");
            }
            text.append('\n');
        }
        text.append("-- \n").append(message("newsletter.digest.footer.text", unsubscribe)).append('\n');
        return text.toString();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, POLISH);
    }

    private String host() {
        return java.net.URI.create(subscriptions.baseUrl()).getHost();
    }
}
