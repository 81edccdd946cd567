package pl.dobrepraktyki.catalog;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One kept version of a practice: its full snapshot as JSON. Written once, never changed. */
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

    String snapshot() {
        return snapshot;
    }
}
