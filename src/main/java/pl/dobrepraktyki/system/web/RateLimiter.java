package pl.dobrepraktyki.system.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Token buckets (Bucket4j) per kind of request and client address: a bucket holds a minute's limit and
 * refills gradually over the minute, so a person may make the whole minute's requests at once and then
 * one every (60 ÷ limit) seconds. Time comes from the platform's {@link Clock}.
 * <p>
 * Kept in memory, per node: a restart forgets it. At most {@code bdp.rate-limit.max-addresses} buckets
 * are kept; past that, buckets unused for a minute (full again, so no different from a new one) are
 * dropped, and if that is not enough all of them.
 * <p>
 * The limits can be changed while the platform runs ({@link #setLimit}, {@link #setEnabled}); {@link #reset}
 * goes back to the configured ones.
 */
@Component
public class RateLimiter {

    /** The kinds of request that are limited, each with its own bucket per address. */
    public enum Kind {
        SEARCH, SUGGESTIONS, API, LOGIN
    }

    /** The answer to one request: allowed, or refused with the whole seconds to wait (at least 1). */
    public record Decision(boolean allowed, long retryAfterSeconds) {

        static final Decision ALLOWED = new Decision(true, 0);
    }

    static final Duration WINDOW = Duration.ofMinutes(1);

    private record Key(Kind kind, String address) {
    }

    private static final class Entry {

        final Bucket bucket;
        volatile long lastUsedNanos;

        Entry(Bucket bucket, long now) {
            this.bucket = bucket;
            this.lastUsedNanos = now;
        }
    }

    private final RateLimitProperties properties;
    private final TimeMeter time;
    private final Map<Key, Entry> buckets = new ConcurrentHashMap<>();
    private final AtomicIntegerArray limits = new AtomicIntegerArray(Kind.values().length);
    private volatile boolean enabled;

    RateLimiter(RateLimitProperties properties, Clock clock) {
        this.properties = properties;
        this.time = new ClockTime(clock);
        configure();
    }

    /** Takes one request of this kind from this address out of its bucket, or says how long to wait. */
    public Decision tryAcquire(Kind kind, String address) {
        int limit = limit(kind);
        if (!enabled || limit <= 0) {
            return Decision.ALLOWED;
        }
        long now = time.currentTimeNanos();
        Key key = new Key(kind, address == null ? "" : address);
        if (buckets.size() >= properties.maxAddresses() && !buckets.containsKey(key)) {
            evict(now);
        }
        // new, or the clock went back by more than a window (the bucket would not refill until the clock
        // caught up): a full bucket
        Entry entry = buckets.compute(key, (k, old) -> old == null || now < old.lastUsedNanos - WINDOW.toNanos()
                ? new Entry(newBucket(limit), now) : old);
        entry.lastUsedNanos = Math.max(entry.lastUsedNanos, now);
        ConsumptionProbe probe = entry.bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Decision.ALLOWED;
        }
        long nanos = probe.getNanosToWaitForRefill();
        long seconds = nanos / 1_000_000_000L + (nanos % 1_000_000_000L == 0 ? 0 : 1);
        return new Decision(false, Math.max(1, seconds));
    }

    /** The requests a minute of this kind one address may make (0: no limit). */
    public int limit(Kind kind) {
        return limits.get(kind.ordinal());
    }

    /** Changes the limit of one kind (0 or less: no limit) and starts every address of it anew. */
    public synchronized void setLimit(Kind kind, int perMinute) {
        limits.set(kind.ordinal(), perMinute);
        buckets.keySet().removeIf(key -> key.kind() == kind);
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Switches all limits on or off. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Back to the configured limits, every address starting with a full bucket. */
    public synchronized void reset() {
        configure();
    }

    private void configure() {
        for (Kind kind : Kind.values()) {
            limits.set(kind.ordinal(), properties.perMinute(kind));
        }
        enabled = properties.enabled();
        buckets.clear();
    }

    private Bucket newBucket(int perMinute) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, WINDOW).build())
                .withCustomTimePrecision(time).build();
    }

    private void evict(long now) {
        long idle = now - WINDOW.toNanos();
        buckets.values().removeIf(entry -> entry.lastUsedNanos < idle);
        if (buckets.size() >= properties.maxAddresses()) {
            buckets.clear();
        }
    }

    /** Bucket4j's time source from the platform's clock (which tests move forward). */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
