package pl.dobrepraktyki.catalog;

/** A published practice has to be verified again (it stays public meanwhile). */
public record ReverificationDue(long practiceId, String leadUnitTeryt) {
}
