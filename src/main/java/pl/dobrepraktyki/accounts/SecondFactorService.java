package pl.dobrepraktyki.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import pl.dobrepraktyki.accounts.internal.AccountTokens;
import pl.dobrepraktyki.accounts.internal.LoginThrottle;
import pl.dobrepraktyki.accounts.internal.RecoveryCode;
import pl.dobrepraktyki.accounts.internal.RecoveryCodeRepository;

/**
 * The second factor of a login: TOTP codes (RFC 6238: SHA-1, 6 digits, 30 seconds, one step of clock
 * drift either way) from an authenticator app, and {@value #RECOVERY_CODES} one-time recovery codes.
 * Wrong codes count as failed logins of the account ({@link LoginThrottle}), so five of them pause it
 * like five wrong passwords. The secret never leaves this class except to the person enrolling.
 */
@Service
public class SecondFactorService {

    public static final int RECOVERY_CODES = 10;
    static final int PERIOD_SECONDS = 30;
    static final String ISSUER = "Baza Dobrych Praktyk";

    /** The outcome of a code typed at login. */
    public enum Verification {
        ACCEPTED, RECOVERY_CODE_ACCEPTED, WRONG, PAUSED
    }

    /** What the enrolment page shows: the secret as text and its otpauth:// URI as a PNG data URI. */
    public record Enrolment(String secret, String qrCodeDataUri) {

        @Override
        public String toString() {
            return "Enrolment[secret hidden]";
        }
    }

    private final UserAccountRepository accounts;
    private final RecoveryCodeRepository recoveryCodes;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    SecondFactorService(UserAccountRepository accounts, RecoveryCodeRepository recoveryCodes, LoginThrottle throttle,
            AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /** True when a correct password is not enough: the person must (enrol and) give a code. */
    @Transactional(readOnly = true)
    public boolean needsSecondStep(String email) {
        return accounts.findByEmail(UserAccount.normalizeEmail(email))
                .map(a -> a.hasSecondFactor() || a.mustUseSecondFactor()).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean isEnrolled(String email) {
        return accounts.findByEmail(UserAccount.normalizeEmail(email)).map(UserAccount::hasSecondFactor).orElse(false);
    }

    @Transactional(readOnly = true)
    public long remainingRecoveryCodes(String email) {
        return accounts.findByEmail(UserAccount.normalizeEmail(email))
                .map(a -> recoveryCodes.countByUserIdAndUsedAtIsNull(a.getId())).orElse(0L);
    }

    /** A fresh random secret (160 bits) for a person about to enrol; nothing is stored yet. */
    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The QR code (drawn here, as a PNG) of the otpauth:// URI an authenticator app reads. */
    public Enrolment enrolment(String email, String secret) {
        QrData data = new QrData.Builder().label(UserAccount.normalizeEmail(email)).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            generator.setImageSize(240);
            return new Enrolment(secret, Utils.getDataUriForImage(generator.generate(data),
                    generator.getImageMimeType()));
        }
        catch (QrGenerationException e) {
            throw new IllegalStateException("QR code not drawn", e);
        }
    }

    /**
     * Enrols the secret when the code was computed from it; returns the {@value #RECOVERY_CODES}
     * recovery codes to show once (only their hashes are kept), or empty when the code is wrong.
     */
    @Transactional
    public Optional<List<String>> enrol(String email, String secret, String code) {
        UserAccount account = accounts.findByEmail(UserAccount.normalizeEmail(email))
                .orElseThrow(() -> new AccountNotFoundException(0));
        OptionalLong step = matchingStep(secret, code);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        account.enrolSecondFactor(secret, step.getAsLong(), Instant.now(clock));
        List<String> codes = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        recoveryCodes.deleteByUserId(account.getId());
        codes.forEach(c -> recoveryCodes.save(new RecoveryCode(account.getId(), canonicalRecoveryCode(c))));
        audit.record(AuditLog.Type.SECOND_FACTOR_ENROLLED, account.getEmail(), account.getEmail(), null);
        return Optional.of(codes);
    }

    /** Checks a code (from the app, or a recovery code) typed after a correct password. */
    @Transactional
    public Verification verify(String email, String code) {
        UserAccount account = accounts.findByEmail(UserAccount.normalizeEmail(email))
                .orElseThrow(() -> new AccountNotFoundException(0));
        String address = AuditLog.remoteAddress();
        if (throttle.isThrottled(account.getEmail(), address)) {
            audit.record(AuditLog.Type.LOGIN_THROTTLED, account.getEmail(), account.getEmail(), "second factor");
            return Verification.PAUSED;
        }
        if (account.hasSecondFactor()) {
            OptionalLong step = matchingStep(account.getTotpSecret(), code);
            if (step.isPresent() && account.useTotpStep(step.getAsLong())) {
                return Verification.ACCEPTED;
            }
            if (step.isEmpty() && useRecoveryCode(account, code)) {
                audit.record(AuditLog.Type.RECOVERY_CODE_USED, account.getEmail(), account.getEmail(),
                        "left=" + recoveryCodes.countByUserIdAndUsedAtIsNull(account.getId()));
                return Verification.RECOVERY_CODE_ACCEPTED;
            }
        }
        throttle.failed(account.getEmail(), address);
        audit.record(AuditLog.Type.SECOND_FACTOR_FAILED, account.getEmail(), account.getEmail(), null);
        return throttle.isThrottled(account.getEmail(), address) ? Verification.PAUSED : Verification.WRONG;
    }

    private boolean useRecoveryCode(UserAccount account, String code) {
        String canonical = canonicalRecoveryCode(code);
        if (canonical == null) {
            return false;
        }
        return recoveryCodes.findByUserIdAndCodeHashAndUsedAtIsNull(account.getId(), AccountTokens.hash(canonical))
                .map(c -> {
                    c.use(Instant.now(clock));
                    return true;
                }).orElse(false);
    }

    /** Recovery codes are compared without case, spaces and hyphens: "ABCD EFGH…" is "abcd-efgh-…". */
    static String canonicalRecoveryCode(String code) {
        String plain = code == null ? "" : code.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (!plain.matches("[a-z0-9]{16}")) {
            return null;
        }
        return String.join("-", plain.substring(0, 4), plain.substring(4, 8), plain.substring(8, 12),
                plain.substring(12));
    }

    /** The time step (now, or one step either side) whose code was typed, if any. */
    private OptionalLong matchingStep(String secret, String code) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (secret == null || !digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long now = Instant.now(clock).getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            try {
                if (MessageDigest.isEqual(codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
                        digits.getBytes(StandardCharsets.US_ASCII))) {
                    return OptionalLong.of(step);
                }
            }
            catch (CodeGenerationException e) {
                throw new IllegalStateException("TOTP code not computed", e);
            }
        }
        return OptionalLong.empty();
    }
}
