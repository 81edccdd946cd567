package pl.dobrepraktyki.catalog;

import java.time.LocalDate;

/** An editor published a practice; it is public from now on. */
public record PracticePublished(long practiceId, String editor, LocalDate verifiedOn, String submittedBy) {
}
