package org.standingoffice.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.standingoffice.TestPostgres;

/**
 * The channel's SQL on a real PostgreSQL server (the flows run on H2 in PostgreSQL mode): the
 * idempotent inserts must not abort a surrounding transaction, and claims must go to one taker.
 */
class TelegramTablesPostgresIntegrationTests {

    static JdbcClient jdbc;
    static TransactionTemplate transactions;

    @BeforeAll
    static void database() throws Exception {
        DataSource dataSource = TestPostgres.freshDatabase();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .load()
                .migrate();
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Test
    void aRepeatedEnqueueIsIgnoredWithoutSpoilingTheTransaction() {
        Outbox outbox = new Outbox(jdbc);
        Instant now = Instant.now();

        boolean[] inserted = new boolean[2];
        transactions.executeWithoutResult(status -> {
            inserted[0] = outbox.enqueue(Outgoing.send("pg:1", 11, Outgoing.Kind.REPLY, "one"), now);
            inserted[1] = outbox.enqueue(Outgoing.send("pg:1", 11, Outgoing.Kind.REPLY, "one again"), now);
            outbox.enqueue(Outgoing.send("pg:2", 11, Outgoing.Kind.REPLY, "two"), now);
        });

        assertThat(inserted).containsExactly(true, false);
        // Only the oldest message of chat 11 is due; the second waits for it.
        List<Outbox.Queued> due = outbox.due(now.plusSeconds(1), 10).stream()
                .filter(queued -> queued.message().chatId() == 11)
                .toList();
        assertThat(due).extracting(queued -> queued.message().key()).containsExactly("pg:1");
    }

    @Test
    void ofTwoSendersClaimingOneMessageOneWins() throws Exception {
        Outbox outbox = new Outbox(jdbc);
        Instant now = Instant.now();
        outbox.enqueue(Outgoing.send("pg:race", 12, Outgoing.Kind.REPLY, "race"), now);
        long id = outbox.due(now.plusSeconds(1), 10).stream()
                .filter(queued -> queued.message().key().equals("pg:race"))
                .findFirst()
                .orElseThrow()
                .id();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Boolean>> claims = List.of(() -> outbox.claim(id, now), () -> outbox.claim(id, now));
            int wins = 0;
            for (Future<Boolean> claim : pool.invokeAll(claims)) {
                wins += claim.get() ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(outbox.due(now.plusSeconds(1), 10))
                .extracting(queued -> queued.message().chatId())
                .doesNotContain(12L);
        assertThat(outbox.releaseStale(now.plusSeconds(1))).isEqualTo(1);
    }

    @Test
    void anUpdateIsStoredOnceAndClaimedOnce() {
        Inbox inbox = new Inbox(jdbc);
        Instant now = Instant.now();

        assertThat(inbox.store(9001, 5L, "{\"update_id\":9001}", now)).isTrue();
        assertThat(inbox.store(9001, 5L, "{\"update_id\":9001}", now)).isFalse();
        assertThat(inbox.claim(9001, now)).contains("{\"update_id\":9001}");
        assertThat(inbox.claim(9001, now)).isEmpty();
        assertThat(inbox.failed(9001, "boom", 1, now)).isTrue();
        assertThat(inbox.purge(now.plusSeconds(1))).isEqualTo(1);
    }

    @Test
    void anAskerIsCreatedOnceAndAHeldQuestionOnce() {
        Askers askers = new Askers(jdbc);
        Instant now = Instant.now();

        transactions.executeWithoutResult(status -> {
            askers.findOrCreate(77, "Lan", null, "vi", now);
            askers.findOrCreate(77, "Lan", null, "en", now);
            askers.hold(77, 3, "question", now);
            askers.hold(77, 3, "question", now);
        });

        assertThat(askers.find(77)).get().extracting(Asker::language).isEqualTo("vi");
        assertThat(askers.held(77)).hasSize(1);
    }
}
