package pl.dobrepraktyki.accounts;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One security event: who did what to whom, when and from where. Never holds a password. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private String type;

    private String actor;

    private String subject;

    private String remoteAddress;

    private String details;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String type, String actor, String subject, String remoteAddress, String details) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.actor = truncate(actor, 254);
        this.subject = truncate(subject, 254);
        this.remoteAddress = truncate(remoteAddress, 64);
        this.details = truncate(details, 1000);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getType() {
        return type;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public String getDetails() {
        return details;
    }
}
