package pl.dobrepraktyki.editorial;

/** The eleven parts of the standardised description (ARCHITECTURE.md §3), in their order. */
public enum MethodologyPart {
    IDENTITY, PROBLEM, GOALS, SOLUTION, RESOURCES, RESULTS, LESSONS, TRANSFERABILITY, CONTACT, ATTACHMENTS,
    PROVENANCE;

    /** Message key of the part's name, e.g. {@code editorial.part.identity}. */
    public String messageKey() {
        return "editorial.part." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The part's number in the methodology (1–11). */
    public int number() {
        return ordinal() + 1;
    }
}
