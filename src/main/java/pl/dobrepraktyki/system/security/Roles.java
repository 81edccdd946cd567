package pl.dobrepraktyki.system.security;

/** Role names as Spring Security authorities see them (without the {@code ROLE_} prefix). */
public final class Roles {

    public static final String OFFICIAL = "OFFICIAL";
    public static final String EDITOR = "EDITOR";
    public static final String JURY_MEMBER = "JURY_MEMBER";
    public static final String MODERATOR = "MODERATOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
