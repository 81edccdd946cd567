package pl.dobrepraktyki.system.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How a person appears in the application log: never their e-mail or name, but a keyed hash
 * (HMAC-SHA-256, 12 hex digits) of the identifier, the same for the same person, so that the lines of
 * one account (e.g. repeated login failures) can be followed without the log holding personal data.
 * The key is {@code bdp.log.identifier-key}; without it a random key is drawn at each start.
 */
@Component
public final class LogIdentifiers {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static volatile SecretKeySpec key = new SecretKeySpec(randomKey(), "HmacSHA256");

    LogIdentifiers(@Value("${bdp.log.identifier-key:}") String configured) {
        if (configured != null && !configured.isBlank()) {
            key = new SecretKeySpec(configured.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        }
    }

    /** {@code id:} and 12 hex digits for an identifier (e-mail, user name), {@code -} for none. */
    public static String of(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return "-";
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] hash = mac.doFinal(identifier.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "id:" + HexFormat.of().formatHex(hash, 0, 6);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] randomKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
