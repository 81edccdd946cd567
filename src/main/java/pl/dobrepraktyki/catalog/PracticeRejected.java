package pl.dobrepraktyki.catalog;

/** An editor did not accept a practice into the base. */
public record PracticeRejected(long practiceId, String editor, String reason, String submittedBy) {
}
