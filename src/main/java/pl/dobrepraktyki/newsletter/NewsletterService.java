package pl.dobrepraktyki.newsletter;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

import pl.dobrepraktyki.system.mail.Mailer;
import pl.dobrepraktyki.system.security.LogIdentifiers;

/**
 * Subscriptions to the weekly digest. Anonymous sign-up is a double opt-in: a pending row with the SHA-256 of
 * a random token valid {@link #CONFIRMATION_VALIDITY}, and a mail with the link; at most one such mail per
 * address per {@link #CONFIRMATION_INTERVAL}. The answer to a sign-up is the same whether the address is
 * new, pending or already subscribed, so the form tells nobody who is on the list. A signed-in person's
 * address is already confirmed: their subscription from the account page starts at once.
 */
@Service
public class NewsletterService {

    private static final Logger log = LoggerFactory.getLogger(NewsletterService.class);

    static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(7);
    static final Duration CONFIRMATION_INTERVAL = Duration.ofHours(1);
    /** Unconfirmed subscriptions are removed after this long (GDPR storage limitation). */
    static final Duration UNCONFIRMED_RETENTION = Duration.ofDays(30);

    private static final String COLUMNS = "select id, email, status, confirm_token_hash, confirm_token_expires_at,"
            + " confirmation_sent_at, unsubscribe_token, created_at, confirmed_at from newsletter_subscription";

    private final JdbcClient jdbc;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    NewsletterService(JdbcClient jdbc, Mailer mailer, MessageSource messages, Clock clock,
            @Value("${bdp.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Signs an address up (double opt-in). Sends the confirmation mail for a new address or a pending one
     * whose last mail is older than {@link #CONFIRMATION_INTERVAL}; does nothing for a subscribed address.
     * Two requests at once for a new address: the unique constraint lets one in, the other does nothing.
     */
    public void subscribe(String rawEmail, Locale locale) {
        String email = normalize(rawEmail);
        Instant now = clock.instant();
        String token = Tokens.random();
        Optional<Subscription> existing = find(email);
        if (existing.isEmpty()) {
            try {
                jdbc.sql("insert into newsletter_subscription (email, status, confirm_token_hash,"
                        + " confirm_token_expires_at, confirmation_sent_at, unsubscribe_token, created_at)"
                        + " values (?, 'PENDING', ?, ?, ?, ?, ?)")
                        .params(email, Tokens.hash(token), ts(now.plus(CONFIRMATION_VALIDITY)), ts(now),
                                Tokens.random(), ts(now))
                        .update();
            }
            catch (DataIntegrityViolationException e) {
                return; // signed up at the same moment by another request: that one sends the mail
            }
        }
        else if (existing.get().status() == Subscription.Status.PENDING) {
            // conditional update: of two requests at once only one renews the token and sends
            int renewed = jdbc.sql("update newsletter_subscription set confirm_token_hash = ?,"
                    + " confirm_token_expires_at = ?, confirmation_sent_at = ? where id = ? and status = 'PENDING'"
                    + " and (confirmation_sent_at is null or confirmation_sent_at <= ?)")
                    .params(Tokens.hash(token), ts(now.plus(CONFIRMATION_VALIDITY)), ts(now), existing.get().id(),
                            ts(now.minus(CONFIRMATION_INTERVAL)))
                    .update();
            if (renewed == 0) {
                return;
            }
        }
        else {
            return;
        }
        sendConfirmation(email, token, locale);
    }

    private void sendConfirmation(String email, String token, Locale locale) {
        String link = link("/tygodnik/potwierdz", token);
        String text = messages.getMessage("newsletter.mail.confirm.body",
                new Object[] { link, CONFIRMATION_VALIDITY.toDays(), baseUrl + "/tygodnik" }, locale);
        try {
            mailer.send(new Mailer.Mail(email, messages.getMessage("newsletter.mail.confirm.subject", null, locale),
                    text, null, null, Map.of()));
        }
        catch (MailException e) {
            // let the person try again at once instead of waiting for the interval
            jdbc.sql("update newsletter_subscription set confirmation_sent_at = null where email = ?").param(email)
                    .update();
            log.warn("Nie wysłano potwierdzenia zapisu na Tygodnik do {}", LogIdentifiers.of(email), e);
        }
    }

    /** Whether the token confirms a pending subscription now (known and not expired). */
    public boolean isValidConfirmation(String token) {
        return pendingByToken(token).isPresent();
    }

    /** Confirms the subscription of the token; false when the token is unknown, used or expired. */
    public boolean confirm(String token) {
        Optional<Subscription> pending = pendingByToken(token);
        if (pending.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        return jdbc.sql("update newsletter_subscription set status = 'CONFIRMED', confirmed_at = ?,"
                + " confirm_token_hash = null, confirm_token_expires_at = null where id = ? and status = 'PENDING'")
                .params(ts(now), pending.get().id()).update() == 1;
    }

    private Optional<Subscription> pendingByToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql(COLUMNS + " where confirm_token_hash = ? and status = 'PENDING'").param(Tokens.hash(token))
                .query(NewsletterService::row).optional()
                .filter(s -> s.confirmTokenExpiresAt() != null && s.confirmTokenExpiresAt().isAfter(now));
    }

    /** Removes the subscription whose digests carry this unsubscribe token; nothing when none does. */
    public void unsubscribe(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return;
        }
        jdbc.sql("delete from newsletter_subscription where unsubscribe_token = ?").param(token).update();
    }

    /** Whether this address gets the digest (a confirmed subscription). */
    public boolean isSubscribed(String email) {
        return find(normalize(email)).map(s -> s.status() == Subscription.Status.CONFIRMED).orElse(false);
    }

    /** A signed-in person subscribes their own (confirmed) address: at once, no confirmation mail. */
    public void subscribeAccount(String email) {
        String address = normalize(email);
        Instant now = clock.instant();
        int updated = jdbc.sql("update newsletter_subscription set status = 'CONFIRMED', confirmed_at = ?,"
                + " confirm_token_hash = null, confirm_token_expires_at = null where email = ? and status = 'PENDING'")
                .params(ts(now), address).update();
        if (updated == 0 && find(address).isEmpty()) {
            try {
                jdbc.sql("insert into newsletter_subscription (email, status, unsubscribe_token, created_at,"
                        + " confirmed_at) values (?, 'CONFIRMED', ?, ?, ?)")
                        .params(address, Tokens.random(), ts(now), ts(now)).update();
            }
            catch (DataIntegrityViolationException e) {
                // subscribed at the same moment by another request
            }
        }
    }

    /** Removes a person's subscription (account page, erasure). */
    public void unsubscribeAccount(String email) {
        jdbc.sql("delete from newsletter_subscription where email = ?").param(normalize(email)).update();
    }

    /** Removes subscriptions left unconfirmed for {@link #UNCONFIRMED_RETENTION}; how many. */
    public int removeStaleUnconfirmed() {
        return jdbc.sql("delete from newsletter_subscription where status = 'PENDING' and created_at < ?")
                .param(ts(clock.instant().minus(UNCONFIRMED_RETENTION))).update();
    }

    Optional<Subscription> find(String email) {
        return jdbc.sql(COLUMNS + " where email = ?").param(email).query(NewsletterService::row).optional();
    }

    java.util.List<Subscription> confirmed() {
        return jdbc.sql(COLUMNS + " where status = 'CONFIRMED' order by id").query(NewsletterService::row).list();
    }

    String baseUrl() {
        return baseUrl;
    }

    /** An absolute link to {@code path} with the token as {@code t}. */
    String link(String path, String token) {
        return UriComponentsBuilder.fromUri(URI.create(baseUrl + path)).queryParam("t", token).build().toUriString();
    }

    private static java.sql.Timestamp ts(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Subscription row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Subscription(rs.getLong("id"), rs.getString("email"),
                Subscription.Status.valueOf(rs.getString("status")), rs.getString("confirm_token_hash"),
                instant(rs, "confirm_token_expires_at"), instant(rs, "confirmation_sent_at"),
                rs.getString("unsubscribe_token"), instant(rs, "created_at"), instant(rs, "confirmed_at"));
    }
}
