package pl.dobrepraktyki.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creation of the first administrator (see {@code BDP_ADMIN_EMAIL}). */
@Service
public class AccountBootstrap {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageSource messages;

    AccountBootstrap(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            AuditLog audit, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean hasAdministrator() {
        return accounts.anyAdministrator();
    }

    @Transactional
    public void createAdministrator(String email, String password) {
        List<String> problems = passwordPolicy.check(password, email);
        if (!problems.isEmpty()) {
            List<String> reasons = problems.stream()
                    .map(key -> messages.getMessage(key, null, key, Locale.forLanguageTag("pl"))).toList();
            throw new IllegalStateException("BDP_ADMIN_PASSWORD nie spełnia zasad haseł: " + String.join(" ", reasons)
                    + " (co najmniej " + PasswordPolicy.MIN_LENGTH + " znaków, nie popularne hasło, bez adresu e-mail).");
        }
        if (!email.contains("@")) {
            throw new IllegalStateException("BDP_ADMIN_EMAIL nie jest adresem e-mail: " + email);
        }
        accounts.save(UserAccount.administrator(email, passwordEncoder.encode(password), Instant.now(clock)));
        audit.record(AuditLog.Type.ADMIN_CREATED, "BDP_ADMIN_EMAIL", UserAccount.normalizeEmail(email), null);
    }
}
