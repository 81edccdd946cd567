package pl.dobrepraktyki.alerts.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signed unsubscribe links that work without login: {@code <id>.<HMAC-SHA256 of "unsubscribe:<id>">}.
 * The key is {@code bdp.alerts.signing-key} when set, else a random key generated once into
 * {@code <bdp.data-dir>/keys/alerts.key} (so links in mail already sent keep working after a restart).
 */
@Component
public class UnsubscribeTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    UnsubscribeTokens(@Value("${bdp.alerts.signing-key:}") String configured, @Value("${bdp.data-dir}") String dataDir)
            throws IOException {
        this.key = configured.isBlank() ? keyFile(Path.of(dataDir, "keys"), "alerts.key")
                : configured.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] keyFile(Path directory, String name) throws IOException {
        Path file = directory.resolve(name);
        if (!Files.exists(file)) {
            Files.createDirectories(directory);
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            try {
                Files.writeString(file, Base64.getEncoder().encodeToString(random), StandardCharsets.US_ASCII,
                        java.nio.file.StandardOpenOption.CREATE_NEW);
            }
            catch (java.nio.file.FileAlreadyExistsException e) {
                // another instance wrote it first: use theirs
            }
        }
        return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
    }

    public String tokenFor(long savedSearchId) {
        return savedSearchId + "." + mac(savedSearchId);
    }

    /** The saved search the token names, when its signature is right; empty for a malformed or forged one. */
    public OptionalLong verify(String token) {
        if (token == null) {
            return OptionalLong.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1 || dot > 18) {
            return OptionalLong.empty();
        }
        long id;
        try {
            id = Long.parseLong(token.substring(0, dot));
        }
        catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
        boolean valid = MessageDigest.isEqual(mac(id).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
        return valid ? OptionalLong.of(id) : OptionalLong.empty();
    }

    private String mac(long id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sum = mac.doFinal(("unsubscribe:" + id).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
