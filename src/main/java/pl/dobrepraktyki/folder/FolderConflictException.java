package pl.dobrepraktyki.folder;

/** The note was changed (in another tab or window) since the person opened the form. */
public class FolderConflictException extends RuntimeException {

    private final transient FolderEntryView current;

    public FolderConflictException(FolderEntryView current) {
        super("folder entry " + current.id() + " changed");
        this.current = current;
    }

    /** The entry as saved now. */
    public FolderEntryView current() {
        return current;
    }
}
