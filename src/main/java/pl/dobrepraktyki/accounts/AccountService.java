package pl.dobrepraktyki.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.accounts.internal.AccountToken;
import pl.dobrepraktyki.accounts.internal.AccountTokens;
import pl.dobrepraktyki.accounts.internal.RecoveryCodeRepository;
import pl.dobrepraktyki.localgov.LocalGovernmentService;
import pl.dobrepraktyki.system.mail.Mailer;

/** Registration, confirmation, approval, password reset and administration of accounts. */
@Service
public class AccountService {

    static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AccountTokens tokens;
    private final LocalGovernmentService units;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AuditLog audit;
    private final RecoveryCodeRepository recoveryCodes;
    private final Clock clock;
    private final String baseUrl;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            AccountTokens tokens, LocalGovernmentService units, Mailer mailer, MessageSource messages, AuditLog audit,
            RecoveryCodeRepository recoveryCodes, Clock clock, @Value("${bdp.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.tokens = tokens;
        this.units = units;
        this.mailer = mailer;
        this.messages = messages;
        this.audit = audit;
        this.recoveryCodes = recoveryCodes;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    public record Registration(String email, String displayName, String password, String unitTeryt, String jobTitle) {
    }

    /**
     * Registers an official of a unit and sends the confirmation e-mail. Refuses with
     * {@link AccountException} (field, message key) when the data is not acceptable.
     */
    @Transactional
    public void register(Registration registration) {
        String email = UserAccount.normalizeEmail(registration.email());
        String teryt = registration.unitTeryt() == null ? "" : registration.unitTeryt().strip();
        String unitName = units.unitName(teryt)
                .orElseThrow(() -> new AccountException("unitTeryt", "accounts.register.unknownUnit"));
        List<String> problems = passwordPolicy.check(registration.password(), email);
        if (!problems.isEmpty()) {
            throw new AccountException("password", problems.get(0));
        }
        if (accounts.existsByEmail(email)) {
            // The person who owns the address learns about it by mail; the form does not reveal it.
            mail(email, "accounts.mail.alreadyRegistered.subject", "accounts.mail.alreadyRegistered.body",
                    baseUrl + "/haslo/reset");
            return;
        }
        UserAccount account = accounts.save(UserAccount.official(email, registration.displayName(),
                passwordEncoder.encode(registration.password()), units.canonicalCode(teryt), registration.jobTitle(),
                Instant.now(clock)));
        String token = tokens.issue(account.getId(), AccountToken.Purpose.EMAIL_CONFIRMATION, CONFIRMATION_VALIDITY);
        mail(email, "accounts.mail.confirm.subject", "accounts.mail.confirm.body",
                baseUrl + "/rejestracja/potwierdz?token=" + token, unitName);
        audit.record(AuditLog.Type.REGISTERED, email, email, "unit=" + account.getUnitTeryt());
    }

    /** Confirms the e-mail address; the account then waits for an editor's approval. */
    @Transactional
    public boolean confirmEmail(String token) {
        Optional<UserAccount> account = tokens.redeem(token, AccountToken.Purpose.EMAIL_CONFIRMATION)
                .flatMap(accounts::findById);
        account.ifPresent(a -> {
            a.confirmEmail();
            audit.record(AuditLog.Type.EMAIL_CONFIRMED, a.getEmail(), a.getEmail(), null);
        });
        return account.isPresent();
    }

    @Transactional(readOnly = true)
    public List<AccountView> awaitingApproval() {
        return accounts.findByStatusOrderByCreatedAtAsc(AccountStatus.AWAITING_APPROVAL).stream()
                .map(this::view).toList();
    }

    @Transactional
    public AccountView approve(long id, String editor) {
        UserAccount account = load(id);
        account.approve(editor, Instant.now(clock));
        mail(account.getEmail(), "accounts.mail.approved.subject", "accounts.mail.approved.body", baseUrl + "/logowanie");
        audit.record(AuditLog.Type.ACCOUNT_APPROVED, editor, account.getEmail(), null);
        return view(account);
    }

    @Transactional
    public AccountView reject(long id, String editor) {
        UserAccount account = load(id);
        account.reject(editor, Instant.now(clock));
        mail(account.getEmail(), "accounts.mail.rejected.subject", "accounts.mail.rejected.body", baseUrl);
        audit.record(AuditLog.Type.ACCOUNT_REJECTED, editor, account.getEmail(), null);
        return view(account);
    }

    /** Sends a reset link when the address belongs to an account; says nothing either way. */
    @Transactional
    public void requestPasswordReset(String rawEmail) {
        String email = UserAccount.normalizeEmail(rawEmail);
        accounts.findByEmail(email).ifPresent(account -> {
            String token = tokens.issue(account.getId(), AccountToken.Purpose.PASSWORD_RESET, RESET_VALIDITY);
            mail(email, "accounts.mail.reset.subject", "accounts.mail.reset.body",
                    baseUrl + "/haslo/nowe?token=" + token);
            audit.record(AuditLog.Type.PASSWORD_RESET_REQUESTED, email, email, null);
        });
    }

    public boolean isResetTokenValid(String token) {
        return tokens.isValid(token, AccountToken.Purpose.PASSWORD_RESET);
    }

    /** Sets a new password with a reset token; false when the token is unknown, used or expired. */
    @Transactional
    public boolean resetPassword(String token, String newPassword) {
        if (!tokens.isValid(token, AccountToken.Purpose.PASSWORD_RESET)) {
            return false;
        }
        Long userId = tokens.redeem(token, AccountToken.Purpose.PASSWORD_RESET).orElseThrow();
        UserAccount account = load(userId);
        List<String> problems = passwordPolicy.check(newPassword, account.getEmail());
        if (!problems.isEmpty()) {
            throw new AccountException("password", problems.get(0));
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        audit.record(AuditLog.Type.PASSWORD_CHANGED, account.getEmail(), account.getEmail(), "reset");
        return true;
    }

    @Transactional(readOnly = true)
    public Page<AccountView> list(String query, int page) {
        String q = "%" + (query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        return accounts.search(q, PageRequest.of(Math.max(page, 0), 50, Sort.by("email"))).map(this::view);
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> find(long id) {
        return accounts.findWithRolesById(id).map(this::view);
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findByEmail(String email) {
        return accounts.findByEmail(UserAccount.normalizeEmail(email)).map(this::view);
    }

    /** Replaces the roles; {@code expectedVersion} guards against overwriting a concurrent change. */
    @Transactional
    public AccountView changeRoles(long id, Set<Role> roles, long expectedVersion, String admin) {
        UserAccount account = load(id);
        checkVersion(account, expectedVersion);
        if (roles.contains(Role.OFFICIAL) && account.getUnitTeryt() == null) {
            throw new AccountException("roles", "accounts.admin.officialNeedsUnit");
        }
        if (account.getEmail().equals(admin) && !roles.contains(Role.ADMIN)) {
            throw new AccountException("roles", "accounts.admin.cannotDropOwnAdmin");
        }
        Set<Role> before = account.getRoles();
        account.replaceRoles(roles);
        audit.record(AuditLog.Type.ROLES_CHANGED, admin, account.getEmail(), before + " -> " + roles);
        return view(account);
    }

    @Transactional
    public AccountView disable(long id, long expectedVersion, String admin) {
        UserAccount account = load(id);
        checkVersion(account, expectedVersion);
        if (account.getEmail().equals(admin)) {
            throw new AccountException("status", "accounts.admin.cannotDisableSelf");
        }
        account.disable();
        audit.record(AuditLog.Type.ACCOUNT_DISABLED, admin, account.getEmail(), null);
        return view(account);
    }

    @Transactional
    public AccountView enable(long id, long expectedVersion, String admin) {
        UserAccount account = load(id);
        checkVersion(account, expectedVersion);
        account.enable();
        audit.record(AuditLog.Type.ACCOUNT_ENABLED, admin, account.getEmail(), null);
        return view(account);
    }

    /**
     * Removes a person's second factor and recovery codes (a lost phone): they enrol again at their next
     * login. Audited with the administrator as actor.
     */
    @Transactional
    public AccountView resetSecondFactor(long id, long expectedVersion, String admin) {
        UserAccount account = load(id);
        checkVersion(account, expectedVersion);
        if (!account.hasSecondFactor()) {
            throw new AccountException("secondFactor", "accounts.secondFactor.notEnrolled");
        }
        account.resetSecondFactor();
        recoveryCodes.deleteByUserId(account.getId());
        audit.record(AuditLog.Type.SECOND_FACTOR_RESET, admin, account.getEmail(), null);
        return view(account);
    }

    /** The active accounts of officials of a unit (who is told about the unit's practices). */
    @Transactional(readOnly = true)
    public List<AccountView> activeOfficialsOf(String unitTeryt) {
        return accounts.findActiveOfficialsOf(unitTeryt).stream().map(this::view).toList();
    }

    /** True while the account may use the platform (checked on every request of a logged-in person). */
    @Transactional(readOnly = true)
    public boolean isActive(String email) {
        return accounts.findByEmail(UserAccount.normalizeEmail(email)).map(UserAccount::canLogIn).orElse(false);
    }

    private static void checkVersion(UserAccount account, long expectedVersion) {
        if (account.getVersion() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(UserAccount.class,
                    account.getId());
        }
    }

    private UserAccount load(long id) {
        return accounts.findWithRolesById(id).orElseThrow(() -> new AccountNotFoundException(id));
    }

    private AccountView view(UserAccount a) {
        String unitName = a.getUnitTeryt() == null ? null : units.unitName(a.getUnitTeryt()).orElse(a.getUnitTeryt());
        return new AccountView(a.getId(), a.getEmail(), a.getDisplayName(), a.getStatus(), a.getUnitTeryt(), unitName,
                a.getJobTitle(), a.getRoles(), a.getCreatedAt(), a.getApprovedBy(), a.getVersion(),
                a.getTotpEnrolledAt());
    }

    private void mail(String to, String subjectKey, String bodyKey, Object... args) {
        var locale = LocaleContextHolder.getLocale();
        mailer.send(to, messages.getMessage(subjectKey, null, locale), messages.getMessage(bodyKey, args, locale));
    }
}
