package pl.dobrepraktyki.catalog;

/** The unit sent a practice back to the editors after they asked for changes. */
public record PracticeResubmitted(long practiceId, String leadUnitTeryt, String submittedBy) {
}
