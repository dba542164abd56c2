package org.standingoffice.console.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Slows down password guessing with a delay that grows, never a wall that an attacker can put
 * up in front of someone else. Failures count per user name <em>and</em> address, and per address
 * for any name: after {@code perPair} failures of one name from one address, the next try from
 * there waits {@code firstDelay}, then twice as long after each further failure, up to
 * {@code maxDelay}; the same after {@code perAddress} failures from one address (higher, because a
 * commune office or a ministry signs in from behind one shared address). Someone guessing an
 * administrator's password from elsewhere therefore never delays the administrator, who signs in
 * from an address that has not failed. Failures are forgotten {@code maxDelay} after the last one.
 *
 * <p>The console's form, the API's and the metrics endpoint's HTTP Basic share one count (see
 * {@link SignInAttempts}), so a guesser gains nothing by switching door; the counts live in
 * {@link SignInFailures}, shared by every instance of a deployment and kept across restarts.
 */
class LoginThrottle {

    private final SignInFailures failures;
    private final int perPair;
    private final int perAddress;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Clock clock;

    LoginThrottle(
            SignInFailures failures, int perPair, int perAddress, Duration firstDelay, Duration maxDelay, Clock clock) {
        this.failures = failures;
        this.perPair = perPair;
        this.perAddress = perAddress;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.clock = clock;
    }

    /** How long a sign-in as {@code username} from {@code address} must still wait; zero when it may try now. */
    Duration wait(String username, String address) {
        Instant now = clock.instant();
        Duration pair = username == null || username.isBlank()
                ? Duration.ZERO
                : wait(failures.get(pairKey(username, address)), perPair, now);
        Duration fromAddress = wait(failures.get(addressKey(address)), perAddress, now);
        return pair.compareTo(fromAddress) >= 0 ? pair : fromAddress;
    }

    boolean blocked(String username, String address) {
        return !wait(username, address).isZero();
    }

    /** Counts a failure against the address, and against the name from that address when there is one. */
    void failed(String username, String address) {
        Instant now = clock.instant();
        List<String> keys = new ArrayList<>(2);
        keys.add(addressKey(address));
        if (username != null && !username.isBlank()) {
            keys.add(pairKey(username, address));
        }
        for (String key : keys) {
            failures.add(key, now, now.minus(maxDelay));
        }
    }

    /** A right password from an address clears that name's failures there. */
    void succeeded(String username, String address) {
        failures.clear(pairKey(username, address));
    }

    /** The delay after {@code count} failures: none below the threshold, then doubling up to the cap. */
    Duration delayAfter(int count, int threshold) {
        if (count < threshold) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - threshold, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    private Duration wait(SignInFailures.Count f, int threshold, Instant now) {
        if (f == null || forgotten(f, now)) {
            return Duration.ZERO;
        }
        Duration remaining = Duration.between(now, f.last().plus(delayAfter(f.failures(), threshold)));
        return remaining.isNegative() ? Duration.ZERO : remaining;
    }

    private boolean forgotten(SignInFailures.Count f, Instant now) {
        return f.last().plus(maxDelay).isBefore(now);
    }

    private static String addressKey(String address) {
        return "ip:" + address;
    }

    private static String pairKey(String username, String address) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "@" + address;
    }
}
