package pl.dobrepraktyki.accounts;

/** The life of an account: only {@link #ACTIVE} accounts can log in. */
public enum AccountStatus {
    EMAIL_UNCONFIRMED,
    AWAITING_APPROVAL,
    ACTIVE,
    REJECTED,
    DISABLED,
    /** The person's data were erased (GDPR Art. 17); the account is an empty shell kept for references. */
    ERASED
}
