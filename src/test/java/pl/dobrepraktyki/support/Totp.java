package pl.dobrepraktyki.support;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/**
 * TOTP codes as a person's authenticator app computes them (RFC 6238 with HMAC-SHA1, 30-second
 * steps, 6 digits), written here from the RFC rather than taken from the library the platform uses,
 * so that tests check the platform against the standard.
 */
public final class Totp {

    public static final int PERIOD_SECONDS = 30;

    private Totp() {
    }

    public static long step(Instant at) {
        return at.getEpochSecond() / PERIOD_SECONDS;
    }

    /** The 6-digit code of a time step for a Base32 secret. */
    public static String code(String base32Secret, long step) {
        return code(new Base32().decode(base32Secret), step, 6);
    }

    static String code(byte[] key, long step, int digits) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0xf;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%0" + digits + "d", binary % (int) Math.pow(10, digits));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
