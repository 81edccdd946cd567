package pl.dobrepraktyki.catalog;

import java.time.Instant;

/** A line of a practice's version history: which version, in which status, saved when and by whom. */
public record PracticeVersionInfo(long version, PracticeStatus status, Instant savedAt, String savedBy) {
}
