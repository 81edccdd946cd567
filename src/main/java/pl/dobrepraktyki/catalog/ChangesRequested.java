package pl.dobrepraktyki.catalog;

/** An editor asked the unit to change the description; {@code submittedBy} is who to tell. */
public record ChangesRequested(long practiceId, String editor, String note, String submittedBy) {
}
