package pl.dobrepraktyki.folder;

import java.time.Instant;

/**
 * An entry of a person's folder as they see it: the practice's current title and unit while it is public;
 * the title it had when saved and {@code available == false} once it was archived or withdrawn.
 */
public record FolderEntryView(long id, long practiceId, String title, String unitTeryt, String unitName,
        boolean available, String note, Instant savedAt, long version) {
}
