package pl.dobrepraktyki.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Throttles repeated failed logins: after {@value #ACCOUNT_LIMIT} failures for one e-mail, or
 * {@value #ADDRESS_LIMIT} from one address, within {@link #WINDOW}, further attempts are refused
 * (even with the right password) until the window has passed since the last failure.
 * Kept in memory: a restart forgets it, which only gives an attacker back a few tries.
 */
@Component
public class LoginThrottle {

    public static final int ACCOUNT_LIMIT = 5;
    public static final int ADDRESS_LIMIT = 50;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isThrottled(String email, String address) {
        return count("e:" + email) >= ACCOUNT_LIMIT || (address != null && count("a:" + address) >= ADDRESS_LIMIT);
    }

    public void failed(String email, String address) {
        if (failures.size() > MAX_KEYS) {
            failures.clear();
        }
        add("e:" + email);
        if (address != null) {
            add("a:" + address);
        }
    }

    public void succeeded(String email) {
        failures.remove("e:" + email);
    }

    private void add(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(Instant.now(clock));
        }
    }

    private int count(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant cutoff = Instant.now(clock).minus(WINDOW);
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
                times.removeFirst();
            }
            return times.size();
        }
    }
}
