package pl.dobrepraktyki.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private String displayName;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private AccountStatus status;

    private String unitTeryt;

    private String jobTitle;

    private Instant createdAt;

    private Instant approvedAt;

    private String approvedBy;

    /** The TOTP shared secret (Base32), null until the person enrolled a second factor. */
    private String totpSecret;

    private Instant totpEnrolledAt;

    /** The time step of the last accepted code: a code (and any older one) is not accepted again. */
    private Long totpLastStep;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    private UserAccount(String email, String displayName, String passwordHash, AccountStatus status,
            Instant createdAt) {
        this.email = normalizeEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.status = status;
        this.createdAt = createdAt;
    }

    /** A self-registered official, waiting for e-mail confirmation and then for an editor. */
    static UserAccount official(String email, String displayName, String passwordHash, String unitTeryt,
            String jobTitle, Instant now) {
        UserAccount account = new UserAccount(email, displayName, passwordHash, AccountStatus.EMAIL_UNCONFIRMED, now);
        account.unitTeryt = unitTeryt;
        account.jobTitle = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.strip();
        account.roles.add(Role.OFFICIAL);
        return account;
    }

    /** The first administrator, created from the environment at first start. */
    static UserAccount administrator(String email, String passwordHash, Instant now) {
        UserAccount account = new UserAccount(email, "Administrator", passwordHash, AccountStatus.ACTIVE, now);
        account.roles.add(Role.ADMIN);
        account.approvedAt = now;
        account.approvedBy = "BDP_ADMIN_EMAIL";
        return account;
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    void confirmEmail() {
        if (status != AccountStatus.EMAIL_UNCONFIRMED) {
            throw new IllegalAccountTransitionException("email-already-confirmed");
        }
        status = AccountStatus.AWAITING_APPROVAL;
    }

    void approve(String editor, Instant now) {
        if (status != AccountStatus.AWAITING_APPROVAL) {
            throw new IllegalAccountTransitionException("not-awaiting-approval");
        }
        status = AccountStatus.ACTIVE;
        approvedBy = editor;
        approvedAt = now;
    }

    void reject(String editor, Instant now) {
        if (status != AccountStatus.AWAITING_APPROVAL) {
            throw new IllegalAccountTransitionException("not-awaiting-approval");
        }
        status = AccountStatus.REJECTED;
        approvedBy = editor;
        approvedAt = now;
    }

    void disable() {
        if (status == AccountStatus.ERASED) {
            throw new IllegalAccountTransitionException("erased");
        }
        status = AccountStatus.DISABLED;
    }

    void enable() {
        if (status != AccountStatus.DISABLED) {
            throw new IllegalAccountTransitionException("not-disabled");
        }
        status = AccountStatus.ACTIVE;
    }

    /**
     * Removes the person from the account (GDPR Art. 17): the address becomes {@code pseudonym}, name,
     * unit, position, roles and password are gone, and the account can never log in again.
     */
    void erase(String pseudonym, String unusableHash) {
        email = pseudonym;
        displayName = "—";
        passwordHash = unusableHash;
        unitTeryt = null;
        jobTitle = null;
        approvedBy = null;
        roles.clear();
        resetSecondFactor();
        status = AccountStatus.ERASED;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void replaceRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    /** Editors, jury members, moderators and administrators must sign in with a second factor. */
    public boolean mustUseSecondFactor() {
        return roles.stream().anyMatch(role -> role != Role.OFFICIAL);
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    void enrolSecondFactor(String secret, long step, Instant now) {
        if (hasSecondFactor()) {
            throw new IllegalAccountTransitionException("second-factor-already-enrolled");
        }
        totpSecret = secret;
        totpEnrolledAt = now;
        totpLastStep = step;
    }

    /** Accepts a code of the time step once: false when this step (or a later one) was used already. */
    boolean useTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    void resetSecondFactor() {
        totpSecret = null;
        totpEnrolledAt = null;
        totpLastStep = null;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    Long getTotpLastStep() {
        return totpLastStep;
    }

    public Instant getTotpEnrolledAt() {
        return totpEnrolledAt;
    }

    public boolean canLogIn() {
        return status == AccountStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public String getUnitTeryt() {
        return unitTeryt;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public long getVersion() {
        return version;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
