package pl.dobrepraktyki.catalog;

/** A unit recorded that it adopted or adapted a practice. */
public record PracticeAdopted(long practiceId, String unitTeryt, AdoptionKind kind) {
}
