package org.standingoffice.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.QuestionFilter;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.desk.QuestionView;
import org.standingoffice.telegram.NewInvite;
import org.standingoffice.telegram.TelegramInvites;
import org.standingoffice.telegram.internal.delivery.Outgoing;

/** Steps the Telegram integration tests share: an official registers, asks, staff see the card. */
final class TelegramFixture {

    static final long STAFF_GROUP = -1001234567890L;
    /**
     * The office's default language in these tests: English, so that the officials they write as, whose
     * Telegram is in English, are welcomed in English (a Vietnamese office welcomes them in Vietnamese).
     */
    static final String ENGLISH_OFFICE = "en";

    static final String ANSWERABLE =
            "Who must guide the financial management of trade union assets at the provincial level?";
    static final String UNANSWERABLE = "What is the procedure to issue a building permit in a ward?";

    /**
     * The channel on, long-polling {@code stub} with the staff group above, and fast delivery so
     * tests do not wait for Telegram's real pacing.
     */
    static void connect(DynamicPropertyRegistry registry, BotApiStub stub, Path dataDir) {
        registry.add("office.data-dir", dataDir::toString);
        registry.add("office.telegram.bot-token", () -> BotApiStub.TOKEN);
        registry.add("office.telegram.api-url", stub::url);
        registry.add("office.telegram.staff-chat-id", () -> STAFF_GROUP);
        registry.add("office.telegram.poll-timeout", () -> "1s");
        registry.add("office.telegram.default-language", () -> ENGLISH_OFFICE);
        registry.add("office.telegram.delivery.private-chat-interval", () -> "10ms");
        registry.add("office.telegram.delivery.group-chat-interval", () -> "10ms");
        registry.add("office.telegram.delivery.poll-interval", () -> "50ms");
    }

    private final BotApiStub stub;
    private final Desk desk;
    private final TelegramInvites invites;

    TelegramFixture(BotApiStub stub, Desk desk, TelegramInvites invites) {
        this.stub = stub;
        this.desk = desk;
        this.invites = invites;
    }

    /** The official opens an invitation link for Phường Ba Đình, Hà Nội. */
    void register(long chat) {
        register(chat, null);
    }

    /** The official opens an invitation link of {@code office} for Phường Ba Đình, Hà Nội. */
    void register(long chat, String office) {
        String code = invites.create(new NewInvite(office, "Phường Ba Đình", "Hà Nội", 5, null, "admin"))
                .code();
        stub.push(Updates.text(chat, 1, "/start " + code));
        stub.awaitSent(chat, call -> call.text().startsWith("Registered"));
    }

    /** Sends a question and waits for its acknowledgement; returns the question once drafted. */
    QuestionView ask(long chat, int messageId, String text) {
        return ask(chat, messageId, Updates.text(chat, messageId, text));
    }

    /** Sends the message that asks a question (a text, a file with a caption) and waits the same. */
    QuestionView ask(long chat, int messageId, ObjectNode message) {
        stub.push(message);
        BotApiStub.Call ack = stub.awaitSent(
                chat,
                call -> call.text().contains("is registered as")
                        && call.body()
                                        .path("reply_parameters")
                                        .path("message_id")
                                        .asInt()
                                == messageId);
        QuestionId id = desk.list(new QuestionFilter(null, null, "telegram", Long.toString(chat)), 0, 1)
                .questions()
                .get(0)
                .id();
        assertThat(ack.text()).contains("no. " + id);
        return drafted(id);
    }

    QuestionView drafted(QuestionId id) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> desk.get(id), question -> question.status() != QuestionStatus.RECEIVED);
    }

    QuestionView awaitStatus(QuestionId id, QuestionStatus status) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> desk.get(id), question -> question.status() == status);
    }

    /** The card in the staff group with a button for {@code action} on the question. */
    BotApiStub.Call card(QuestionId id, String action) {
        return stub.awaitSent(STAFF_GROUP, call -> callbacks(call).contains("s:" + action + ":" + id));
    }

    static List<String> callbacks(BotApiStub.Call call) {
        List<String> data = new ArrayList<>();
        for (JsonNode row : call.body().path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                data.add(button.path("callback_data").asText());
            }
        }
        return data;
    }

    /** Messages to the chat whose text contains {@code fragment}. */
    List<BotApiStub.Call> sentContaining(long chat, String fragment) {
        return stub.sentTo(chat).stream()
                .filter(call -> call.text() != null && call.text().contains(fragment))
                .toList();
    }

    /**
     * Waits until the bot has nothing left to do for {@code chat}: every stored update handled,
     * every publication of {@code events} completed (its listener committed what it enqueued) and
     * no message to the chat pending or being sent. After that nothing more reaches the chat unless
     * something new comes in, so "sent once" is a fact to assert, not a pause to hope for.
     */
    static void awaitSettled(JdbcClient jdbc, long chat, Class<?>... events) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(jdbc.sql("select count(*) from telegram_update where status in ('PENDING', 'PROCESSING')")
                            .query(Long.class)
                            .single())
                    .as("updates not handled yet")
                    .isZero();
            for (Class<?> event : events) {
                assertThat(jdbc.sql("select count(*) from event_publication where event_type = ?"
                                        + " and completion_date is null")
                                .param(event.getName())
                                .query(Long.class)
                                .single())
                        .as("publications of %s not completed yet", event.getSimpleName())
                        .isZero();
            }
            assertThat(jdbc.sql("select count(*) from telegram_outbox where chat_id = ?"
                                    + " and status in ('PENDING', 'SENDING')")
                            .param(chat)
                            .query(Long.class)
                            .single())
                    .as("messages to %d not sent yet", chat)
                    .isZero();
        });
    }

    /** The outbox rows of a question of one kind, as "status" per row, oldest first. */
    static List<String> outboxRows(JdbcClient jdbc, QuestionId id, Outgoing.Kind kind) {
        return jdbc.sql("select status from telegram_outbox where question_id = ? and kind = ? order by id")
                .params(id.value(), kind.name())
                .query(String.class)
                .list();
    }
}
