package pl.dobrepraktyki.catalog;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One kept version of a practice: its full snapshot as JSON. Written once, never changed, except that
 * the erasure of a person (GDPR Art. 17) removes them from it.
 */
@Entity
@Table(name = "practice_version")
class PracticeVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long practiceId;
    private long versionNumber;

    @Enumerated(EnumType.STRING)
    private PracticeStatus status;

    private Instant savedAt;
    private String savedBy;
    private String snapshot;

    protected PracticeVersion() {
    }

    PracticeVersion(long practiceId, long versionNumber, PracticeStatus status, Instant savedAt, String savedBy,
            String snapshot) {
        this.practiceId = practiceId;
        this.versionNumber = versionNumber;
        this.status = status;
        this.savedAt = savedAt;
        this.savedBy = savedBy;
        this.snapshot = snapshot;
    }

    PracticeVersionInfo info() {
        return new PracticeVersionInfo(versionNumber, status, savedAt, savedBy);
    }

    /** Removes the person's contact data and address from the kept snapshot. */
    void erasePerson(String email, String pseudonym) {
        PracticeSnapshot s = SnapshotJson.read(snapshot);
        Contact contact = s.content().contact();
        PracticeContent content = contact.hasEmail(email)
                ? s.content().withContact(Contact.NONE) : s.content();
        savedBy = email.equals(savedBy) ? pseudonym : savedBy;
        snapshot = SnapshotJson.write(new PracticeSnapshot(s.practiceId(), s.version(), s.status(), content,
                email.equals(s.submittedBy()) ? pseudonym : s.submittedBy(),
                email.equals(s.verifiedBy()) ? pseudonym : s.verifiedBy(), s.lastVerified(), s.editorNote(),
                s.savedAt(), email.equals(s.savedBy()) ? pseudonym : s.savedBy(), s.award()));
    }

    String snapshot() {
        return snapshot;
    }
}
