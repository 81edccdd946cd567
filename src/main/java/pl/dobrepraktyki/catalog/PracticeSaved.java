package pl.dobrepraktyki.catalog;

/** A practice was saved (created, edited or moved in its workflow); published after the version is stored. */
public record PracticeSaved(long practiceId, long version, PracticeStatus status, String savedBy) {
}
