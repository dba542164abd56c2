package org.standingoffice.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.standingoffice.TestPostgres;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.asker.Asker;
import org.standingoffice.telegram.internal.asker.Askers;
import org.standingoffice.telegram.internal.delivery.Outbox;
import org.standingoffice.telegram.internal.delivery.Outgoing;
import org.standingoffice.telegram.internal.staff.JdbcStaffLinks;
import org.standingoffice.telegram.internal.transport.BotIdentity;
import org.standingoffice.telegram.internal.transport.Inbox;

/**
 * The channel's SQL on a real PostgreSQL server (the flows run on H2 in PostgreSQL mode): the
 * idempotent inserts must not abort a surrounding transaction, claims must go to one taker, and a
 * link code must link once.
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
                .placeholders(Map.of("default-office-name", "Văn phòng Thường trực"))
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
            inserted[0] = outbox.enqueue(
                    Outgoing.send("pg:1", 11, Outgoing.Kind.REPLY, "one").build(), now);
            inserted[1] = outbox.enqueue(
                    Outgoing.send("pg:1", 11, Outgoing.Kind.REPLY, "one again").build(), now);
            outbox.enqueue(Outgoing.send("pg:2", 11, Outgoing.Kind.REPLY, "two").build(), now);
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
        outbox.enqueue(Outgoing.send("pg:race", 12, Outgoing.Kind.REPLY, "race").build(), now);
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

    @Test
    void registrationCountsItsTriesAndRegisteringWithoutAPlaceResetsThem() {
        Askers askers = new Askers(jdbc);
        Instant now = Instant.now();
        askers.findOrCreate(78, "Lan", null, "vi", now);

        askers.awaitPlace(78, "Ba Đình", 1, now);
        assertThat(askers.find(78)).get().satisfies(asker -> {
            assertThat(asker.awaitingPlace()).isTrue();
            assertThat(asker.pendingCommune()).isEqualTo("Ba Đình");
            assertThat(asker.registrationTries()).isEqualTo(1);
        });
        askers.register(78, null, null, null, null, now);
        assertThat(askers.find(78)).get().satisfies(asker -> {
            assertThat(asker.placeless()).isTrue();
            assertThat(asker.registrationTries()).isZero();
        });
    }

    @Test
    void oneChatIsTheGroupOfOneOfficeAtMost() {
        jdbc.sql("insert into telegram_office_group (office_id, chat_id, set_by, set_at) values (?, ?, ?, ?)")
                .params("central", -100123L, "admin", java.sql.Timestamp.from(Instant.now()))
                .update();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                                "insert into telegram_office_group (office_id, chat_id, set_by, set_at) values (?, ?, ?, ?)")
                        .params("other", -100123L, "admin", java.sql.Timestamp.from(Instant.now()))
                        .update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void aLinkCodeLinksOnceAndANewLinkReplacesTheOldOnes() {
        Instant now = Instant.parse("2026-03-02T08:00:00Z");
        JdbcStaffLinks links = links(now);

        String code = links.issueCode("pg-mai").code();
        assertThat(code).matches("[2-9A-HJ-NP-Z]{8}");
        assertThat(jdbc.sql("select code_hash from telegram_link_code where username = 'pg-mai'")
                        .query(String.class)
                        .single())
                .isNotEqualTo(code)
                .hasSize(64);
        assertThat(links.redeem(code, 501)).contains("pg-mai");
        assertThat(links.redeem(code, 502)).isEmpty();
        assertThat(links.accountOf(501)).contains("pg-mai");

        // The same account from another Telegram user, then that user for another account.
        assertThat(links.redeem(links.issueCode("pg-mai").code(), 502)).contains("pg-mai");
        assertThat(links.accountOf(501)).isEmpty();
        assertThat(links.redeem(links.issueCode("pg-lan").code(), 502)).contains("pg-lan");
        assertThat(links.linkedUser("pg-mai")).isEmpty();
        assertThat(links.linkedUser("pg-lan"))
                .get()
                .extracting(link -> link.telegramUserId())
                .isEqualTo(502L);

        String replaced = links.issueCode("pg-lan").code();
        String current = links.issueCode("pg-lan").code();
        assertThat(links.redeem(replaced, 503)).isEmpty();
        assertThat(links(now.plus(properties().linkCodeValidity())).redeem(current, 503))
                .isEmpty();

        links.unlink("pg-lan");
        assertThat(links.accountOf(502)).isEmpty();
    }

    private static JdbcStaffLinks links(Instant now) {
        return new JdbcStaffLinks(jdbc, properties(), new BotIdentity(properties()), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static TelegramProperties properties() {
        return new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("office.telegram", TelegramProperties.class);
    }
}
