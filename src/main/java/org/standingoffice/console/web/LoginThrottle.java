package org.standingoffice.console.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins for one user name, or
 * from one address, further attempts are refused for {@code lockout}, whether or not the password
 * is right. Both keys count, so guessing many names from one address and one name from many
 * addresses are both stopped. In memory: a restart forgets it, and each instance counts alone,
 * which still bounds the guessing rate per instance.
 */
class LoginThrottle {

    private record Failures(int count, Instant last) {}

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;

    LoginThrottle(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    boolean blocked(String username, String address) {
        return blocked(userKey(username)) || blocked("ip:" + address);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {userKey(username), "ip:" + address}) {
            failures.compute(
                    key,
                    (k, old) -> old == null || expired(old, now)
                            ? new Failures(1, now)
                            : new Failures(old.count() + 1, now));
        }
        // Keeps the map from growing without bound under a spray of random names.
        if (failures.size() > 10_000) {
            failures.values().removeIf(f -> expired(f, now));
        }
    }

    void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private boolean blocked(String key) {
        Failures f = failures.get(key);
        return f != null && f.count() >= maxFailures && !expired(f, clock.instant());
    }

    private boolean expired(Failures f, Instant now) {
        return f.last().plus(lockout).isBefore(now);
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }
}
