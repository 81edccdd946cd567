package pl.dobrepraktyki.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Issues and redeems single-use tokens of 256 random bits; expired or used tokens are refused. */
@Component
public class AccountTokens {

    private final AccountTokenRepository tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Transactional
    /** Forgets every token of the account (its data are erased or it is removed). */
    public void revokeAll(Long userId) {
        tokens.deleteByUser(userId);
    }

    public String issue(Long userId, AccountToken.Purpose purpose, Duration validity) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new AccountToken(userId, purpose, hash(token), Instant.now(clock).plus(validity)));
        return token;
    }

    /** Marks the token used and returns its user, or empty when it is unknown, used or expired. */
    @Transactional
    public Optional<Long> redeem(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        return tokens.findByTokenHash(hash(token)).filter(t -> t.isUsable(purpose, now)).map(t -> {
            t.use(now);
            return t.getUserId();
        });
    }

    /** True when the token could still be redeemed (to show the form before it is used). */
    @Transactional(readOnly = true)
    public boolean isValid(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return false;
        }
        Instant now = Instant.now(clock);
        return tokens.findByTokenHash(hash(token)).filter(t -> t.isUsable(purpose, now)).isPresent();
    }

    /** SHA-256 in hex: enough for random secrets of high entropy (tokens, recovery codes). */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
