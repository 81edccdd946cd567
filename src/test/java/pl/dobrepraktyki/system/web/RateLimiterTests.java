package pl.dobrepraktyki.system.web;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import pl.dobrepraktyki.support.TestClock;
import pl.dobrepraktyki.system.web.RateLimiter.Decision;
import pl.dobrepraktyki.system.web.RateLimiter.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTests {

    private final TestClock clock = new TestClock();

    private RateLimiter limiter(int perMinute, int maxAddresses) {
        return new RateLimiter(new RateLimitProperties(true, perMinute, perMinute, perMinute, perMinute, maxAddresses),
                clock);
    }

    @Test
    void aFullMinutesBurstThenOneRequestPerShareOfTheMinute() {
        RateLimiter limiter = limiter(60, 100);
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.tryAcquire(Kind.API, "10.0.0.1").allowed()).isTrue();
        }

        Decision refused = limiter.tryAcquire(Kind.API, "10.0.0.1");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire(Kind.API, "10.0.0.1").allowed()).isTrue();
        assertThat(limiter.tryAcquire(Kind.API, "10.0.0.1").allowed()).isFalse();
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUp() {
        RateLimiter limiter = limiter(2, 100);
        limiter.tryAcquire(Kind.SEARCH, "10.0.0.1");
        limiter.tryAcquire(Kind.SEARCH, "10.0.0.1");
        clock.advance(Duration.ofMillis(100));

        assertThat(limiter.tryAcquire(Kind.SEARCH, "10.0.0.1").retryAfterSeconds()).isEqualTo(30);
    }

    @Test
    void aClockThatWentBackStartsTheAddressAnewInsteadOfStallingIt() {
        RateLimiter limiter = limiter(1, 100);
        clock.advance(Duration.ofDays(2));
        limiter.tryAcquire(Kind.LOGIN, "10.0.0.1");
        clock.reset();

        assertThat(limiter.tryAcquire(Kind.LOGIN, "10.0.0.1").allowed()).isTrue();
    }

    @Test
    void keepsNoMoreBucketsThanConfiguredAndForgetsIdleOnesFirst() {
        RateLimiter limiter = limiter(1, 3);
        limiter.tryAcquire(Kind.API, "10.0.0.1");
        limiter.tryAcquire(Kind.API, "10.0.0.2");
        clock.advance(Duration.ofMinutes(2));
        limiter.tryAcquire(Kind.API, "10.0.0.3");

        limiter.tryAcquire(Kind.API, "10.0.0.4");

        assertThat(limiter.tryAcquire(Kind.API, "10.0.0.3").allowed()).as("a busy address is kept").isFalse();
        assertThat(limiter.tryAcquire(Kind.API, "10.0.0.1").allowed()).as("an idle one was full anyway").isTrue();
    }
}
