package pl.dobrepraktyki.alerts;

/** A person may keep at most {@link AlertService#MAX_PER_PERSON} saved searches and follows. */
public class SavedSearchLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SavedSearchLimitException() {
        super("Osiągnięto limit " + AlertService.MAX_PER_PERSON + " obserwowanych wyszukiwań");
    }
}
