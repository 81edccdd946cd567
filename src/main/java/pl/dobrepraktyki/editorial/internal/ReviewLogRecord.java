package pl.dobrepraktyki.editorial.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import pl.dobrepraktyki.editorial.ReviewAction;
import pl.dobrepraktyki.editorial.ReviewLogEntry;

/** A stored line of the review log; written once, never changed. */
@Entity
@Table(name = "editorial_review_log")
public class ReviewLogRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long practiceId;

    @Enumerated(EnumType.STRING)
    private ReviewAction action;

    private String note;

    private String actor;

    private Long versionSeen;

    private long versionAfter;

    private Instant actedAt;

    protected ReviewLogRecord() {
    }

    public ReviewLogRecord(ReviewLogEntry entry) {
        this.practiceId = entry.practiceId();
        this.action = entry.action();
        this.note = entry.note();
        this.actor = entry.actor();
        this.versionSeen = entry.versionSeen();
        this.versionAfter = entry.versionAfter();
        this.actedAt = entry.actedAt();
    }

    public ReviewLogEntry entry() {
        return new ReviewLogEntry(practiceId, action, note, actor, versionSeen, versionAfter, actedAt);
    }
}
