package org.standingoffice.console.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down password guessing: after {@code perName} failed sign-ins for one user name, or
 * {@code perAddress} from one address, further attempts are refused for {@code lockout}, whether
 * or not the password is right. Both keys count, so guessing many names from one address and one
 * name from many addresses are both stopped; an address gets more tries than a name because a
 * commune office or a ministry signs in from behind one shared address. The console's form, the API's and the metrics endpoint's HTTP Basic
 * share one count (see {@link SignInAttempts}), so a guesser gains nothing by switching. In
 * memory: a restart forgets it, and each instance counts alone, which still bounds the guessing
 * rate per instance.
 */
class LoginThrottle {

    private record Failures(int count, Instant last) {}

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final int perName;
    private final int perAddress;
    private final Duration lockout;
    private final Clock clock;

    LoginThrottle(int perName, int perAddress, Duration lockout, Clock clock) {
        this.perName = perName;
        this.perAddress = perAddress;
        this.lockout = lockout;
        this.clock = clock;
    }

    boolean blocked(String username, String address) {
        return blocked(userKey(username), perName) || blocked(addressKey(address), perAddress);
    }

    /** Counts a failure against the address, and against the user name when there is one. */
    void failed(String username, String address) {
        Instant now = clock.instant();
        List<String> keys = username == null || username.isBlank()
                ? List.of(addressKey(address))
                : List.of(userKey(username), addressKey(address));
        for (String key : keys) {
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

    private boolean blocked(String key, int max) {
        Failures f = failures.get(key);
        return f != null && f.count() >= max && !expired(f, clock.instant());
    }

    /** How long a locked name or address stays locked after its last failure. */
    Duration lockout() {
        return lockout;
    }

    private boolean expired(Failures f, Instant now) {
        return f.last().plus(lockout).isBefore(now);
    }

    private static String addressKey(String address) {
        return "ip:" + address;
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }
}
