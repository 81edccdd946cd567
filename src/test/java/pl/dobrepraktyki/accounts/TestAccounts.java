package pl.dobrepraktyki.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

import pl.dobrepraktyki.support.TestClock;
import pl.dobrepraktyki.support.Totp;

/**
 * Test data builder: active accounts with chosen roles, saved in the real database. Editors, jury
 * members, moderators and administrators are enrolled in the second factor with {@link #TOTP_SECRET},
 * so a test signs them in with {@link #code} after the password, as a person types the code from their app.
 */
public final class TestAccounts {

    public static final String PASSWORD = "zielony rower nad Wartą";

    /** The second factor's secret of every privileged test account (Base32), drawn anew for each test run. */
    public static final String TOTP_SECRET = new dev.samstevens.totp.secret.DefaultSecretGenerator(32).generate();

    private TestAccounts() {
    }

    /** An active account holding the roles; its unit is Łódź. Returns its e-mail. */
    public static String active(ApplicationContext context, Role... roles) {
        return activeOf(context, "1061011", roles);
    }

    /** An active account of the unit with the code, holding the roles. Returns its e-mail. */
    public static String activeOf(ApplicationContext context, String unitTeryt, Role... roles) {
        return create(context, unitTeryt, "Testowa Osoba", true, roles);
    }

    /** An active account of the person with the name, of the unit with the code, holding the roles. Returns its e-mail. */
    public static String activeNamed(ApplicationContext context, String unitTeryt, String displayName, Role... roles) {
        return create(context, unitTeryt, displayName, true, roles);
    }

    /** An active account with the roles and no second factor yet (it enrols at its first login). */
    public static String activeWithoutSecondFactor(ApplicationContext context, Role... roles) {
        return create(context, "1061011", "Testowa Osoba", false, roles);
    }

    private static String create(ApplicationContext context, String unitTeryt, String displayName, boolean enrolled,
            Role... roles) {
        UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
        PasswordEncoder encoder = context.getBean(PasswordEncoder.class);
        String email = "test-" + UUID.randomUUID().toString().substring(0, 8) + "@example.pl";
        UserAccount account = UserAccount.official(email, displayName, encoder.encode(PASSWORD), unitTeryt,
                null, Instant.now());
        account.confirmEmail();
        account.approve("test", Instant.now());
        account.replaceRoles(roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
        if (enrolled && account.mustUseSecondFactor()) {
            account.enrolSecondFactor(TOTP_SECRET, 0, Instant.now());
        }
        accounts.save(account);
        return email;
    }

    /**
     * The code the account's authenticator app shows now. A code is accepted once per 30-second step,
     * so when this step's code was used already (a second login within the step), the next step's code
     * is given (accepted as clock drift), and past that the test clock is moved on by a step.
     */
    public static String code(ApplicationContext context, String email) {
        UserAccount account = context.getBean(UserAccountRepository.class)
                .findByEmail(UserAccount.normalizeEmail(email)).orElseThrow();
        Clock clock = context.getBean(Clock.class);
        long now = Totp.step(clock.instant());
        long step = account.getTotpLastStep() == null ? now : Math.max(now, account.getTotpLastStep() + 1);
        if (step > now + 1) {
            context.getBean(TestClock.class).advance(Duration.ofSeconds(Totp.PERIOD_SECONDS * (step - now - 1)));
        }
        return Totp.code(account.getTotpSecret(), step);
    }
}
