package pl.dobrepraktyki.catalog;

import java.time.LocalDate;

/** An editor verified a published practice again. */
public record PracticeVerified(long practiceId, String editor, LocalDate verifiedOn) {
}
