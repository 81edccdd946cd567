package pl.dobrepraktyki.accounts;

/**
 * The person with this e-mail address withdrew their consent to the publication of their contact
 * data (GDPR Art. 7(3)): every module stops showing them at once, in pages, files, the API and the
 * search index. Published inside the withdrawing transaction.
 */
public record ContactConsentWithdrawn(String email) {
}
