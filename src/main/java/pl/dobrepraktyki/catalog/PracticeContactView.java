package pl.dobrepraktyki.catalog;

/** The contact person (who agreed to be shown) of a public practice, for "who to ask". */
public record PracticeContactView(long practiceId, String practiceTitle, String unitTeryt, String unitName,
        Contact contact) {
}
