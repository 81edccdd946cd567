package pl.dobrepraktyki.catalog;

/** An editor withdrew a practice from the public base. */
public record PracticeArchived(long practiceId, String editor) {
}
