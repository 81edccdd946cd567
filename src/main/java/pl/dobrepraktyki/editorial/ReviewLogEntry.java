package pl.dobrepraktyki.editorial;

import java.time.Instant;

/** A line of a practice's review log: who did what, when, with which note and from which version. */
public record ReviewLogEntry(long practiceId, ReviewAction action, String note, String actor, Long versionSeen,
        long versionAfter, Instant actedAt) {
}
