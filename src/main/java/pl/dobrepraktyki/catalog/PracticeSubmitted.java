package pl.dobrepraktyki.catalog;

/** The unit sent a practice to the editors for the first time. */
public record PracticeSubmitted(long practiceId, String leadUnitTeryt, String submittedBy) {
}
