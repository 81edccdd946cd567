package pl.dobrepraktyki.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Test data builder: active accounts with chosen roles, saved in the real database. */
public final class TestAccounts {

    public static final String PASSWORD = "zielony rower nad Wartą";

    private TestAccounts() {
    }

    /** An active account holding the roles; its unit is Łódź. Returns its e-mail. */
    public static String active(ApplicationContext context, Role... roles) {
        return activeOf(context, "1061011", roles);
    }

    /** An active account of the unit with the code, holding the roles. Returns its e-mail. */
    public static String activeOf(ApplicationContext context, String unitTeryt, Role... roles) {
        return activeNamed(context, unitTeryt, "Testowa Osoba", roles);
    }

    /** An active account of the person with the name, of the unit with the code, holding the roles. Returns its e-mail. */
    public static String activeNamed(ApplicationContext context, String unitTeryt, String displayName, Role... roles) {
        UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
        PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
        String email = "test-" + UUID.randomUUID().toString().substring(0, 8) + "@example.pl";
        UserAccount account = UserAccount.official(email, displayName, encoder.encode(PASSWORD), unitTeryt,
                null, Instant.now());
        account.confirmEmail();
        account.approve("test", Instant.now());
        account.replaceRoles(roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
        accounts.save(account);
        return email;
    }
}
