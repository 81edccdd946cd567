package pl.dobrepraktyki.accounts;

/**
 * An administrator erased a person's data (GDPR Art. 17): the account now carries {@code pseudonym}
 * instead of {@code email}. Published inside the erasing transaction, so each module removes the
 * person's data (or replaces the address by the pseudonym where a record must stay) all or nothing.
 */
public record AccountErased(long accountId, String email, String displayName, String pseudonym) {
}
