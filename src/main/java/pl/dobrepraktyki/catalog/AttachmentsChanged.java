package pl.dobrepraktyki.catalog;

/** A document was added to a practice or removed from it (published inside the change's transaction). */
public record AttachmentsChanged(long practiceId) {
}
