package org.standingoffice.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standingoffice.telegram.internal.TelegramFixture.ANSWERABLE;
import static org.standingoffice.telegram.internal.TelegramFixture.STAFF_GROUP;

import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.standingoffice.FixedDecision;
import org.standingoffice.StandingOfficeApplication;
import org.standingoffice.accounts.Role;
import org.standingoffice.desk.Actor;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.QuestionFilter;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.telegram.TelegramInvites;

/**
 * A stop with an answer still in the outbox (Telegram unreachable) loses nothing: the next start
 * delivers it once. Telegram sends the first run's updates again after the restart (they were
 * never confirmed by a later poll); they are recognised and not handled twice.
 */
class TelegramRestartIntegrationTests {

    @TempDir
    Path dataDir;

    final BotApiStub stub = new BotApiStub();

    @AfterEach
    void close() throws Exception {
        stub.close();
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(StandingOfficeApplication.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--office.data-dir=" + dataDir,
                        FixedDecision.ARGUMENT,
                        "--office.telegram.bot-token=" + BotApiStub.TOKEN,
                        "--office.telegram.default-language=" + TelegramFixture.ENGLISH_OFFICE,
                        "--office.telegram.api-url=" + stub.url(),
                        "--office.telegram.staff-chat-id=" + STAFF_GROUP,
                        "--office.telegram.staff-language=en",
                        "--office.telegram.poll-timeout=1s",
                        "--office.telegram.delivery.private-chat-interval=10ms",
                        "--office.telegram.delivery.group-chat-interval=10ms",
                        "--office.telegram.delivery.poll-interval=50ms",
                        "--office.telegram.delivery.first-retry=100ms",
                        "--office.telegram.delivery.max-retry=300ms");
    }

    @Test
    void anAnswerLeftInTheOutboxIsDeliveredOnceAfterARestartAndRepeatedUpdatesAreHandledOnce() {
        long chat = 2001;
        QuestionId id;
        try (ConfigurableApplicationContext first = start()) {
            Desk desk = first.getBean(Desk.class);
            TelegramFixture fixture = new TelegramFixture(stub, desk, first.getBean(TelegramInvites.class));
            fixture.register(chat);
            id = fixture.ask(chat, 10, ANSWERABLE).id();

            stub.down(true);
            desk.approve(id, new Actor("mai", Role.MANAGER), null);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> stub.calls("sendmessage").stream()
                            .anyMatch(call -> call.chatId() == chat && call.status() == 502));
            assertThat(desk.get(id).status()).isEqualTo(QuestionStatus.ANSWERED);
        }
        // Nothing of the channel outlives its context: no thread would keep the JVM alive.
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(
                                thread -> thread.isAlive() && thread.getName().startsWith("telegram-")));
        int pollsBefore = stub.offsets().size();
        stub.down(false);

        try (ConfigurableApplicationContext second = start()) {
            Desk desk = second.getBean(Desk.class);
            TelegramFixture fixture = new TelegramFixture(stub, desk, second.getBean(TelegramInvites.class));

            fixture.awaitStatus(id, QuestionStatus.DELIVERED);
            assertThat(fixture.sentContaining(chat, "Answer to your question")).hasSize(1);

            // The new session starts from offset 1: Telegram's unconfirmed updates come again. The
            // poll after that one asks for later updates only once the repeats went through intake.
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(
                            () -> stub.offsets()
                                    .subList(pollsBefore, stub.offsets().size()),
                            offsets -> offsets.contains(1L)
                                    && offsets.subList(offsets.indexOf(1L), offsets.size()).stream()
                                            .anyMatch(offset -> offset > 1));
            TelegramFixture.awaitSettled(second.getBean(JdbcClient.class), chat);
            assertThat(fixture.sentContaining(chat, "Registered")).hasSize(1);
            assertThat(fixture.sentContaining(chat, "is registered as")).hasSize(1);
            assertThat(desk.list(new QuestionFilter(null, null, "telegram", Long.toString(chat)), 0, 10)
                            .total())
                    .isEqualTo(1);
        }
    }
}
