package org.standingoffice.console.internal;

import java.time.Instant;

/**
 * Where {@link LoginThrottle} keeps its counts of failed sign-ins, by key. The service keeps them in
 * a table every instance shares ({@link JdbcSignInFailures}), so a guesser spreading tries over the
 * instances behind a load balancer meets one count.
 */
interface SignInFailures {

    /** How many failures a key has, and when the last one was. */
    record Count(int failures, Instant last) {}

    /** The key's count; {@code null} when it has none. */
    Count get(String key);

    /**
     * Counts one more failure at {@code now}; a count whose last failure was before
     * {@code forgottenBefore} starts again at one.
     */
    void add(String key, Instant now, Instant forgottenBefore);

    /** Forgets the key's failures. */
    void clear(String key);
}
