package pl.dobrepraktyki.catalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One saved state of a practice: all its parts plus status and provenance, as kept in the version
 * history (stored as JSON) and as the current state. Editorial diffs two snapshots part by part.
 *
 * @param version the practice's version number after this save (0 for the first save)
 * @param award the competition edition and award the practice comes with, {@code null} for most practices
 */
public record PracticeSnapshot(long practiceId, long version, PracticeStatus status, PracticeContent content,
        String submittedBy, String verifiedBy, LocalDate lastVerified, String editorNote, Instant savedAt,
        String savedBy, CompetitionAward award) {

    /** A snapshot of a practice without a competition award. */
    public PracticeSnapshot(long practiceId, long version, PracticeStatus status, PracticeContent content,
            String submittedBy, String verifiedBy, LocalDate lastVerified, String editorNote, Instant savedAt,
            String savedBy) {
        this(practiceId, version, status, content, submittedBy, verifiedBy, lastVerified, editorNote, savedAt, savedBy,
                null);
    }
}
