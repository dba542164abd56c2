package org.standingoffice.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.standingoffice.telegram.NewInvite;
import org.standingoffice.telegram.TelegramInvites;

/**
 * Webhook mode: Telegram posts updates to {@code /telegram/webhook} with the secret token; the
 * endpoint sits outside the console's security (no sign-in, no CSRF token) and refuses requests
 * without the token. A retried post of the same update is handled once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class TelegramWebhookIntegrationTests {

    static final BotApiStub stub = new BotApiStub();
    static final String SECRET = "s3cret-Token_of-the-webhook";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("office.data-dir", () -> dataDir.toString());
        registry.add("office.telegram.bot-token", () -> BotApiStub.TOKEN);
        registry.add("office.telegram.default-language", () -> TelegramFixture.ENGLISH_OFFICE);
        registry.add("office.telegram.api-url", stub::url);
        registry.add("office.telegram.mode", () -> "webhook");
        registry.add("office.telegram.webhook.url", () -> "https://office.example/telegram/webhook");
        registry.add("office.telegram.webhook.secret", () -> SECRET);
        registry.add("office.telegram.delivery.poll-interval", () -> "50ms");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class StubLifecycle {
        @Bean(destroyMethod = "close")
        BotApiStub botApiStub() {
            return stub;
        }
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    private int post(String secret, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void updatesWithTheSecretAreHandledOnceAndOthersRefused(@Autowired JdbcClient jdbc) throws Exception {
        long chat = 3001;
        var update = Updates.text(chat, 5, "/help");
        update.put("update_id", 777001);

        assertThat(post(null, update.toString())).isEqualTo(401);
        assertThat(post("wrong-secret-of-some-length", update.toString())).isEqualTo(401);
        assertThat(post(SECRET, update.toString())).isEqualTo(200);
        assertThat(post(SECRET, update.toString())).isEqualTo(200);

        stub.awaitSent(chat, call -> call.text().contains("Standing Office"));
        TelegramFixture.awaitSettled(jdbc, chat);
        assertThat(jdbc.sql("select count(*) from telegram_outbox where chat_id = ?")
                        .param(chat)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(stub.sentTo(chat)).hasSize(1);
        assertThat(stub.offsets()).isEmpty();

        BotApiStub.Call registered = stub.awaitCall("setwebhook", call -> true);
        assertThat(registered.body().path("secret_token").asText()).isEqualTo(SECRET);
        assertThat(registered.body().path("url").asText()).isEqualTo("https://office.example/telegram/webhook");
    }

    @Test
    void inInviteModeAQuestionIsKeptUntilTheOfficialOpensTheirInvitation(@Autowired TelegramInvites invites)
            throws Exception {
        long chat = 3002;
        post(SECRET, update(777101, Updates.text(chat, 7, TelegramFixture.UNANSWERABLE)));
        stub.awaitSent(chat, call -> call.text().contains("Questions are taken from invited officials"));
        assertThat(stub.sentTo(chat))
                .noneSatisfy(call -> assertThat(call.text()).contains("is registered as"));

        String code = invites.create(new NewInvite(null, "xa phu ly", "Dong Nai", 1, null, "admin"))
                .code();
        post(SECRET, update(777102, Updates.text(chat, 8, "/start " + code)));

        stub.awaitSent(chat, call -> call.text().contains("Registered: <b>Xã Phú Lý</b>"));
        BotApiStub.Call ack = stub.awaitSent(chat, call -> call.text().contains("is registered as"));
        assertThat(ack.body().path("reply_parameters").path("message_id").asInt())
                .isEqualTo(7);

        long other = 3003;
        post(SECRET, update(777103, Updates.text(other, 1, "/start " + code)));
        stub.awaitSent(other, call -> call.text().contains("not valid any more"));
    }

    @Test
    void poisonUpdatesAnswer200AreSetAsideAndTheNextUpdateIsHandled(@Autowired JdbcClient jdbc) throws Exception {
        long chat = 3004;
        assertThat(post(SECRET, "null")).isEqualTo(200);
        assertThat(post(SECRET, "")).isEqualTo(200);
        assertThat(post(SECRET, "{\"update_id\": 777201, \"message\": ")).isEqualTo(200);
        assertThat(post(SECRET, update(777202, PoisonUpdates.entityBeyondText(chat))))
                .isEqualTo(200);
        // Telegram writes update_id first; the endpoint reads no further than the size limit.
        ObjectNode huge = PoisonUpdates.hugeText(chat);
        assertThat(post(SECRET, "{\"update_id\": 777203, " + huge.toString().substring(1)))
                .isEqualTo(200);
        int id = 777210;
        for (ObjectNode odd : PoisonUpdates.oddStructures(chat)) {
            assertThat(post(SECRET, update(id++, odd))).isEqualTo(200);
        }

        assertThat(post(SECRET, update(777220, Updates.text(chat, 9, "/help")))).isEqualTo(200);
        stub.awaitSent(chat, call -> call.text().contains("Standing Office"));
        assertThat(jdbc.sql("select last_error from telegram_update where update_id = 777203")
                        .query(String.class)
                        .single())
                .startsWith("too large");
        assertThat(jdbc.sql("select status from telegram_update where update_id = 777201")
                        .query(String.class)
                        .single())
                .isEqualTo("FAILED");
    }

    private static String update(int id, ObjectNode update) {
        update.put("update_id", id);
        return update.toString();
    }
}
