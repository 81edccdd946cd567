package pl.dobrepraktyki.accounts;

/**
 * A module's part of a person's data (GDPR Art. 15 and 20): a module that keeps data about people
 * declares a bean implementing this, and the "download my data" file gets one section from each.
 * Erasure (Art. 17) and consent withdrawal are the events {@link AccountErased} and
 * {@link ContactConsentWithdrawn}, which the same modules listen to; accounts never reads their tables.
 */
public interface PersonalDataContributor {

    /** The name of the section in the export, e.g. {@code "catalog"}. */
    String section();

    /** What the module holds about the person with this e-mail address (records, lists, maps; never null). */
    Object export(String email);
}
