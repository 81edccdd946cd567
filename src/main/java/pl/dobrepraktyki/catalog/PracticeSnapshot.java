package pl.dobrepraktyki.catalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One saved state of a practice: all its parts plus status and provenance, as kept in the version
 * history (stored as JSON) and as the current state. Editorial diffs two snapshots part by part.
 *
 * @param version the practice's version number after this save (0 for the first save)
 */
public record PracticeSnapshot(long practiceId, long version, PracticeStatus status, PracticeContent content,
        String submittedBy, String verifiedBy, LocalDate lastVerified, String editorNote, Instant savedAt,
        String savedBy) {
}
