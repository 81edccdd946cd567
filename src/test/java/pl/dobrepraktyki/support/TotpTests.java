package pl.dobrepraktyki.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The tests' TOTP computation gives the SHA-1 test vectors of RFC 6238, appendix B. */
class TotpTests {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130" })
    void givesTheVectorsOfRfc6238(long seconds, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(RFC_KEY, step, 8)).isEqualTo(expected);
        assertThat(Totp.code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", step)).isEqualTo(expected.substring(2));
    }
}
