package org.standingoffice.console.internal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts in a map, for testing {@link LoginThrottle}'s arithmetic without a database. */
final class MemorySignInFailures implements SignInFailures {

    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    @Override
    public Count get(String key) {
        return counts.get(key);
    }

    @Override
    public void add(String key, Instant now, Instant forgottenBefore) {
        counts.compute(
                key,
                (k, old) -> old == null || old.last().isBefore(forgottenBefore)
                        ? new Count(1, now)
                        : new Count(old.failures() + 1, now));
    }

    @Override
    public void clear(String key) {
        counts.remove(key);
    }
}
