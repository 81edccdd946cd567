package pl.dobrepraktyki.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pl.dobrepraktyki.accounts.internal.AccountTokens;
import pl.dobrepraktyki.accounts.internal.RecoveryCodeRepository;

/**
 * The GDPR tools: a person's data as one file (Art. 15, 20), erasure on request (Art. 17), withdrawal
 * of consent to publishing contact data (Art. 7(3)) and the retention of registrations and of the audit
 * log (Art. 5(1)(e)). The other modules contribute their parts ({@link PersonalDataContributor}) and
 * clean their own data when told ({@link AccountErased}, {@link ContactConsentWithdrawn}).
 */
@Service
public class PersonalDataService {

    /** A registration whose e-mail address is not confirmed within this time is removed. */
    public static final Duration UNCONFIRMED_KEPT = Duration.ofDays(30);
    /** The domain of the pseudonymous addresses of erased accounts (reserved, never delivers). */
    static final String ERASED_DOMAIN = "@dane-usuniete.invalid";

    private final UserAccountRepository accounts;
    private final AuditEventRepository auditEvents;
    private final AccountTokens tokens;
    private final RecoveryCodeRepository recoveryCodes;
    private final AuditLog audit;
    private final ObjectProvider<PersonalDataContributor> contributors;
    private final ApplicationEventPublisher events;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final Duration auditKept;

    PersonalDataService(UserAccountRepository accounts, AuditEventRepository auditEvents, AccountTokens tokens,
            RecoveryCodeRepository recoveryCodes, AuditLog audit, ObjectProvider<PersonalDataContributor> contributors, ApplicationEventPublisher events,
            PasswordEncoder passwordEncoder, Clock clock,
            @Value("${bdp.audit.retention-days:730}") int auditRetentionDays) {
        this.accounts = accounts;
        this.auditEvents = auditEvents;
        this.tokens = tokens;
        this.recoveryCodes = recoveryCodes;
        this.audit = audit;
        this.contributors = contributors;
        this.events = events;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.auditKept = Duration.ofDays(auditRetentionDays);
    }

    /** The account as the export shows it. */
    public record AccountData(String email, String displayName, AccountStatus status, String unitTeryt,
            String jobTitle, List<Role> roles, Instant createdAt, Instant approvedAt, String approvedBy) {
    }

    /** One audit event about the person. */
    public record AuditData(Instant occurredAt, String type, String actor, String subject, String remoteAddress,
            String details) {
    }

    /**
     * Everything the platform holds about the person who is logged in with this address: the account,
     * the audit events about them and each module's part, in this order. The download is audited.
     */
    @Transactional
    public Map<String, Object> export(String email) {
        UserAccount account = accounts.findByEmail(UserAccount.normalizeEmail(email))
                .orElseThrow(() -> new AccountNotFoundException(0));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("exportedAt", Instant.now(clock));
        data.put("account", new AccountData(account.getEmail(), account.getDisplayName(), account.getStatus(),
                account.getUnitTeryt(), account.getJobTitle(), List.copyOf(account.getRoles()), account.getCreatedAt(),
                account.getApprovedAt(), account.getApprovedBy()));
        data.put("auditEvents", auditEvents.about(account.getEmail()).stream()
                .map(e -> new AuditData(e.getOccurredAt(), e.getType(), e.getActor(), e.getSubject(),
                        e.getRemoteAddress(), e.getDetails()))
                .toList());
        contributors.orderedStream().forEach(c -> data.put(c.section(), c.export(account.getEmail())));
        audit.record(AuditLog.Type.DATA_EXPORTED, account.getEmail(), account.getEmail(), null);
        return data;
    }

    /**
     * Erases the person's data on their request (an administrator does it, never to themself): the
     * account keeps only a pseudonym, the audit log names the pseudonym, and every module removes the
     * person's contact data, memberships and registrations ({@link AccountErased}).
     */
    @Transactional
    public void erase(long id, String admin) {
        UserAccount account = accounts.findWithRolesById(id).orElseThrow(() -> new AccountNotFoundException(id));
        if (account.getStatus() == AccountStatus.ERASED) {
            throw new AccountException("status", "accounts.erase.alreadyErased");
        }
        if (account.getEmail().equals(admin)) {
            throw new AccountException("status", "accounts.erase.notSelf");
        }
        String email = account.getEmail();
        String name = account.getDisplayName();
        String pseudonym = "usuniete-" + id + ERASED_DOMAIN;
        tokens.revokeAll(id);
        recoveryCodes.deleteByUserId(id);
        account.erase(pseudonym, passwordEncoder.encode(UUID.randomUUID().toString()));
        accounts.flush();
        auditEvents.pseudonymise(email, pseudonym);
        events.publishEvent(new AccountErased(id, email, name, pseudonym));
        audit.record(AuditLog.Type.DATA_ERASED, admin, pseudonym, null);
    }

    /** The person withdraws their consent to the publication of their contact data, everywhere at once. */
    @Transactional
    public void withdrawContactConsent(String email) {
        String normalized = UserAccount.normalizeEmail(email);
        events.publishEvent(new ContactConsentWithdrawn(normalized));
        audit.record(AuditLog.Type.CONSENT_WITHDRAWN, normalized, normalized, null);
    }

    /** What one run of the retention removed. */
    public record Retention(int unconfirmedRegistrations, int auditEvents) {
    }

    /**
     * Removes the registrations whose e-mail address was not confirmed within {@link #UNCONFIRMED_KEPT}
     * and the audit events older than {@code bdp.audit.retention-days} (730 by default).
     */
    @Transactional
    public Retention applyRetention() {
        Instant now = Instant.now(clock);
        List<UserAccount> unconfirmed = accounts.findByStatusAndCreatedAtBefore(AccountStatus.EMAIL_UNCONFIRMED,
                now.minus(UNCONFIRMED_KEPT));
        for (UserAccount account : unconfirmed) {
            tokens.revokeAll(account.getId());
            accounts.delete(account);
        }
        int removedEvents = auditEvents.deleteOlderThan(now.minus(auditKept));
        return new Retention(unconfirmed.size(), removedEvents);
    }
}
