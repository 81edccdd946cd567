package pl.dobrepraktyki.accounts;

import java.time.Instant;
import java.util.Set;

/**
 * What pages show of an account (never the password hash nor the second factor's secret);
 * {@code secondFactorSince} is null while the person has no second factor.
 */
public record AccountView(long id, String email, String displayName, AccountStatus status, String unitTeryt,
        String unitName, String jobTitle, Set<Role> roles, Instant createdAt, String approvedBy, long version,
        Instant secondFactorSince) {

    public boolean hasSecondFactor() {
        return secondFactorSince != null;
    }
}
