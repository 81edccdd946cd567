package pl.dobrepraktyki.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

    private Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void fiveFailuresThrottleTheAccountUntilTheWindowPasses() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT - 1; i++) {
            throttle.failed("a@b.pl", "10.0.0.1");
        }
        assertThat(throttle.isThrottled("a@b.pl", "10.0.0.1")).isFalse();
        throttle.failed("a@b.pl", "10.0.0.1");
        assertThat(throttle.isThrottled("a@b.pl", "10.0.0.9")).isTrue();
        assertThat(throttle.isThrottled("other@b.pl", "10.0.0.9")).isFalse();
        now = now.plus(LoginThrottle.WINDOW).plus(Duration.ofSeconds(1));
        assertThat(throttle.isThrottled("a@b.pl", "10.0.0.1")).isFalse();
    }

    @Test
    void manyFailuresFromOneAddressThrottleEveryAccountFromIt() {
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            throttle.failed("user" + i + "@b.pl", "10.0.0.2");
        }
        assertThat(throttle.isThrottled("fresh@b.pl", "10.0.0.2")).isTrue();
        assertThat(throttle.isThrottled("fresh@b.pl", "10.0.0.3")).isFalse();
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT - 1; i++) {
            throttle.failed("a@b.pl", null);
        }
        throttle.succeeded("a@b.pl");
        throttle.failed("a@b.pl", null);
        assertThat(throttle.isThrottled("a@b.pl", null)).isFalse();
    }
}
