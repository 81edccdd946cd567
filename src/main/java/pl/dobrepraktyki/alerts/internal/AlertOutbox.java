package pl.dobrepraktyki.alerts.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outbox of alert mails: rows written with the high-water mark, deleted once SMTP accepted them. */
@Component
public class AlertOutbox {

    /** One alert mail waiting to be sent. */
    public record Row(long id, long savedSearchId, int seq, String recipient, String subject, String textBody,
            String htmlBody, String messageId, String unsubscribeUrl) {
    }

    private final JdbcClient jdbc;

    AlertOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long savedSearchId, int seq, String recipient, String subject, String text, String html, String messageId,
            String unsubscribeUrl, Instant now) {
        jdbc.sql("insert into alert_outbox (saved_search_id, seq, recipient, subject, text_body, html_body, message_id,"
                + " unsubscribe_url, created_at) values (:search, :seq, :recipient, :subject, :text, :html, :messageId,"
                + " :unsubscribe, :now)")
                .param("search", savedSearchId).param("seq", seq).param("recipient", recipient)
                .param("subject", subject).param("text", text).param("html", html).param("messageId", messageId)
                .param("unsubscribe", unsubscribeUrl).param("now", java.sql.Timestamp.from(now)).update();
    }

    /** The oldest waiting rows. */
    public List<Row> pending(int max) {
        return jdbc.sql("select id, saved_search_id, seq, recipient, subject, text_body, html_body, message_id,"
                + " unsubscribe_url from alert_outbox order by id limit :max").param("max", max).query(Row.class).list();
    }

    void sent(long id) {
        jdbc.sql("delete from alert_outbox where id = :id").param("id", id).update();
    }

    /** The waiting alerts of a person (for the export of their data). */
    public List<Row> of(String recipient) {
        return jdbc.sql("select id, saved_search_id, seq, recipient, subject, text_body, html_body, message_id,"
                + " unsubscribe_url from alert_outbox where recipient = :r order by id").param("r", recipient)
                .query(Row.class).list();
    }

    public int deleteOf(String recipient) {
        return jdbc.sql("delete from alert_outbox where recipient = :r").param("r", recipient).update();
    }
}
