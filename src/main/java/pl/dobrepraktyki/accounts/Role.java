package pl.dobrepraktyki.accounts;

/** What a person may do on the platform; an account may hold several roles. */
public enum Role {
    /** An official of one local government unit. */
    OFFICIAL,
    EDITOR,
    JURY_MEMBER,
    MODERATOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
