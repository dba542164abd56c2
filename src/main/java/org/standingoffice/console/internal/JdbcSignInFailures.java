package org.standingoffice.console.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins in the {@code sign_in_failure} table. Each failure is one conditional update of
 * the key's row (or the insert of its first), so failures counted at the same moment on two
 * instances both count. Rows of forgotten failures are deleted now and then by whichever instance
 * counts a failure, so a spray of random names cannot grow the table without bound.
 */
@Component
class JdbcSignInFailures implements SignInFailures {

    private static final int PURGE_EVERY = 500;

    private final JdbcClient jdbc;
    private final AtomicInteger sincePurge = new AtomicInteger();

    JdbcSignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Count get(String key) {
        return jdbc.sql("select failures, last_at from sign_in_failure where counted_key = ?")
                .params(key)
                .query((row, i) -> new Count(
                        row.getInt("failures"), row.getTimestamp("last_at").toInstant()))
                .optional()
                .orElse(null);
    }

    @Override
    public void add(String key, Instant now, Instant forgottenBefore) {
        // Update first: after the first failure of a key that is the only statement. When two
        // instances insert a key's first row at once, the loser's insert does nothing and it
        // counts its failure by the update.
        while (increment(key, now, forgottenBefore) == 0) {
            int inserted = jdbc.sql("insert into sign_in_failure (counted_key, failures, last_at) values (?, 1, ?)"
                            + " on conflict do nothing")
                    .params(key, Timestamp.from(now))
                    .update();
            if (inserted == 1) {
                break;
            }
        }
        if (sincePurge.incrementAndGet() >= PURGE_EVERY) {
            sincePurge.set(0);
            jdbc.sql("delete from sign_in_failure where last_at < ?")
                    .params(Timestamp.from(forgottenBefore))
                    .update();
        }
    }

    private int increment(String key, Instant now, Instant forgottenBefore) {
        return jdbc.sql("""
                        update sign_in_failure
                        set failures = case when last_at < ? then 1 else failures + 1 end, last_at = ?
                        where counted_key = ?""")
                .params(Timestamp.from(forgottenBefore), Timestamp.from(now), key)
                .update();
    }

    @Override
    public void clear(String key) {
        jdbc.sql("delete from sign_in_failure where counted_key = ?")
                .params(key)
                .update();
    }
}
