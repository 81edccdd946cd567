package pl.dobrepraktyki.accounts;

import java.time.Instant;
import java.util.Set;

/** What pages show of an account (never the password hash). */
public record AccountView(long id, String email, String displayName, AccountStatus status, String unitTeryt,
        String unitName, String jobTitle, Set<Role> roles, Instant createdAt, String approvedBy, long version) {
}
