package org.standingoffice.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
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
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.telegram.NewInvite;
import org.standingoffice.telegram.TelegramInvites;

/**
 * Seeded, reproducible hostile input (issue 15): generated REST bodies and query strings against
 * {@code /api/v1/questions}, and generated Telegram updates posted to the webhook, from registered
 * and unknown chats. Nothing may answer 5xx, every accepted question must leave RECEIVED (reach
 * staff or be escalated), and intake must still take an ordinary update at the end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class HostileInputFuzzIntegrationTests {

    static final long SEED = 15_2026L;
    /**
     * Inputs of each kind. With this seed, the generators below make every choice (case of a
     * switch, option of a pick) within the first 300 of each that they made in 1,000: the last new
     * one is the 179th REST input and the 230th update. The 700 more of each, cut here, added
     * combinations of the same choices and a minute to the build.
     */
    static final int REST_INPUTS = 300;

    static final int TELEGRAM_INPUTS = 300;
    static final String SECRET = "fuzz-Secret_of-the-webhook";
    static final long[] REGISTERED = {4101, 4102, 4103, 4104};

    static final String VIETNAMESE = "ăâđêôơưạảấầẩẫậ";

    static final BotApiStub stub = new BotApiStub();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("office.data-dir", () -> dataDir.toString());
        registry.add("office.console.admin-password", () -> "the first admin password");
        registry.add("office.telegram.bot-token", () -> BotApiStub.TOKEN);
        registry.add("office.telegram.default-language", () -> TelegramFixture.ENGLISH_OFFICE);
        registry.add("office.telegram.api-url", stub::url);
        registry.add("office.telegram.mode", () -> "webhook");
        registry.add("office.telegram.webhook.url", () -> "https://office.example/telegram/webhook");
        registry.add("office.telegram.webhook.secret", () -> SECRET);
        registry.add("office.telegram.delivery.poll-interval", () -> "50ms");
        registry.add("office.telegram.delivery.private-chat-interval", () -> "10ms");
        registry.add("office.telegram.delivery.per-second", () -> "1000");
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

    @Autowired
    JdbcClient jdbc;

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();
    final Random random = new Random(SEED);
    final Map<Integer, AtomicInteger> statuses = new TreeMap<>();
    final List<String> serverErrors = new ArrayList<>();

    @Test
    void generatedBodiesAndUpdatesNeverAnswer5xxNorLeaveAQuestionStuck(
            @Autowired StaffDirectory directory, @Autowired TelegramInvites invites) throws Exception {
        directory.create("fuzz-official", "Fuzz", Role.OFFICIAL, "central", "a long fuzz passphrase");
        String token = directory.issueApiToken("fuzz-official");
        for (long chat : REGISTERED) {
            String code = invites.create(new NewInvite(null, "Phường Ba Đình", "Hà Nội", 1, null, "admin"))
                    .code();
            webhook(Updates.text(chat, 1, "/start " + code)
                    .put("update_id", (int) chat)
                    .toString());
            stub.awaitSent(chat, call -> call.text().startsWith("Registered"));
        }
        long started = System.nanoTime();

        int restAccepted = 0;
        for (int i = 0; i < REST_INPUTS; i++) {
            if (random.nextInt(5) == 0) {
                rest(token, "GET", "/api/v1/questions?" + query(), null);
            } else if (rest(token, "POST", "/api/v1/questions", restBody()) == 201) {
                restAccepted++;
            }
        }
        int updateId = 500_000;
        for (int i = 0; i < TELEGRAM_INPUTS; i++) {
            int status = webhook(update(++updateId));
            assertThat(status)
                    .as("webhook answer to generated update %d", updateId)
                    .isEqualTo(200);
        }
        long fuzzMillis = (System.nanoTime() - started) / 1_000_000;

        // Intake never stops: an ordinary update after all of them is answered.
        long last = 4199;
        webhook(Updates.text(last, 1, "/help").put("update_id", ++updateId).toString());
        stub.awaitSent(last, call -> call.text().contains("Standing Office"));

        Awaitility.await()
                .atMost(Duration.ofSeconds(150))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> stuck() == 0);
        long telegramQuestions = jdbc.sql("select count(*) from question where channel = 'telegram'")
                .query(Long.class)
                .single();
        long serverErrorCount = statuses.entrySet().stream()
                .filter(entry -> entry.getKey() >= 500)
                .mapToLong(entry -> entry.getValue().get())
                .sum();
        System.out.printf(
                "FUZZ seed %d: %d inputs (%d REST, %d Telegram updates) in %d ms; answers %s; 5xx %d;"
                        + " questions accepted %d REST + %d Telegram; stuck in RECEIVED %d%n",
                SEED,
                REST_INPUTS + TELEGRAM_INPUTS,
                REST_INPUTS,
                TELEGRAM_INPUTS,
                fuzzMillis,
                statuses,
                serverErrorCount,
                restAccepted,
                telegramQuestions,
                stuck());
        assertThat(serverErrors).as("inputs answered 5xx").isEmpty();
        assertThat(restAccepted).as("some generated questions are valid").isPositive();
        assertThat(telegramQuestions).as("some generated updates are questions").isPositive();
    }

    @Test
    void theConsoleSessionCookieIsNotSentWithCrossSiteRequests() throws Exception {
        HttpResponse<Void> login = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(
                        cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("SameSite=Lax"));
    }

    private long stuck() {
        return jdbc.sql("select count(*) from question where status = 'RECEIVED'")
                .query(Long.class)
                .single();
    }

    // --- generators

    private String text() {
        return switch (random.nextInt(9)) {
            case 0 -> "";
            case 1 -> controlCharacters(1 + random.nextInt(20));
            case 2 -> pick("😀🙏🔥", "?!...", "-- // ##", "12345", "\u200b\u200d", " \t\n ");
            case 3 -> "a".repeat(3_990 + random.nextInt(20));
            case 4 -> mixed(1 + random.nextInt(300));
            case 5 -> "=HYPERLINK(\"http://x\")" + mixed(10);
            case 6 -> "<b>" + mixed(20) + "</b> ' OR 1=1 -- " + controlCharacters(3);
            default ->
                pick(
                                "Ai hướng dẫn quản lý tài chính công đoàn cấp tỉnh?",
                                "Who must guide the financial management of trade union assets?",
                                "Thời hạn sắp xếp đơn vị hành chính cấp xã là khi nào?",
                                "hoi ve phan cap phan quyen")
                        + " " + mixed(random.nextInt(15));
        };
    }

    private String controlCharacters(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append((char) pick(0x00, 0x01, 0x07, 0x1b, 0x7f, 0x85, 0xfeff).intValue());
        }
        return out.toString();
    }

    private String mixed(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                out.append((char) ('a' + random.nextInt(26)));
            } else if (kind < 7) {
                out.append(VIETNAMESE.charAt(random.nextInt(VIETNAMESE.length())));
            } else if (kind == 7) {
                out.append(' ');
            } else if (kind == 8) {
                out.appendCodePoint(0x1F600 + random.nextInt(60));
            } else {
                out.append((char) random.nextInt(0x3000));
            }
        }
        // Lone surrogates and the like are fair game: they are what a broken client sends.
        return out.toString();
    }

    private String restBody() {
        ObjectNode body = json.createObjectNode();
        switch (random.nextInt(12)) {
            case 0 -> {
                return pick("", "null", "[]", "{", "\"text\"", "{\"text\": }", "{\"text\": \"a\"", "0", "true");
            }
            case 1 -> body.putArray("text").add(text());
            case 2 -> body.put("text", random.nextLong());
            case 3 -> body.putObject("text").put("nested", text());
            case 4 -> body.put("question", text());
            default -> body.put("text", text());
        }
        if (random.nextBoolean()) {
            body.put("askerName", random.nextInt(4) == 0 ? "x".repeat(300) : mixed(12));
        }
        if (random.nextInt(4) == 0) {
            body.put("commune", pick("Phường Ba Đình", "Xã Không Có", mixed(8), ""));
            body.put("province", pick("Hà Nội", "Atlantis", mixed(8), ""));
        }
        if (random.nextInt(6) == 0) {
            body.put("language", pick("vi", "en", "xx", "<script>", "vi-VN-u-ca-foo", ""));
        }
        return body.toString();
    }

    private String query() {
        String page = pick("0", "1", "-1", "999999999", "2147483647", "99999999999", "abc", "", "1e9");
        String size = pick("1", "20", "100", "101", "0", "-5", "2147483647", "x");
        String status = pick("RECEIVED", "ANSWERED", "nope", "", "received");
        return "page=" + encode(page) + "&size=" + encode(size)
                + (random.nextBoolean() ? "&status=" + encode(status) : "")
                + (random.nextInt(4) == 0 ? "&office=" + encode(mixed(6)) : "");
    }

    private String update(int id) {
        long chat = random.nextInt(3) == 0 ? 4200 + random.nextInt(50) : REGISTERED[random.nextInt(REGISTERED.length)];
        int messageId = 10 + random.nextInt(100_000);
        ObjectNode update;
        switch (random.nextInt(10)) {
            case 0 -> {
                return pick(
                        "null",
                        "",
                        "[]",
                        "{\"update_id\": " + id + "}",
                        "{\"update_id\": \"" + id + "\", \"message\": {}}",
                        "{\"update_id\": " + id + ", \"message\": ",
                        "{\"update_id\": " + id + ", \"message\": null}",
                        "{\"update_id\": " + id + ", \"callback_query\": {\"id\": \"q\"}}");
            }
            case 1 -> update = PoisonUpdates.entityBeyondText(chat);
            case 2 -> update = PoisonUpdates.oddStructures(chat).get(random.nextInt(5));
            case 3 -> update = Updates.edited(chat, messageId, text());
            case 4 -> {
                update = Updates.text(
                        chat,
                        messageId,
                        pick(
                                "/status",
                                "/status 1",
                                "/my",
                                "/docs",
                                "/language",
                                "/cancel",
                                "/start",
                                "/start bad-code",
                                "/status " + mixed(5),
                                "/" + mixed(4)));
                ArrayNode entities = ((ObjectNode) update.get("message")).putArray("entities");
                entities.addObject().put("type", "bot_command").put("offset", 0).put("length", 1 + random.nextInt(8));
            }
            case 5 ->
                update = Updates.press(
                        "cb" + id,
                        Updates.user(chat, "Lan", null, "vi"),
                        chat,
                        messageId,
                        pick("lang:en", "fb:1:ok", "fb:99999999:no", "ap:1", "x", "", mixed(70)));
            default -> update = Updates.text(chat, messageId, text(), pick("vi", "en", "sv", "zz", ""));
        }
        update.put("update_id", id);
        return update.toString();
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // --- transport

    private int rest(String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return record(
                method + " " + path,
                body,
                http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode());
    }

    private int webhook(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return record(
                "webhook",
                body,
                http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    private int record(String what, String body, int status) {
        statuses.computeIfAbsent(status, key -> new AtomicInteger()).incrementAndGet();
        if (status >= 500) {
            serverErrors.add(
                    what + " " + status + ": " + (body == null ? "" : body.substring(0, Math.min(200, body.length()))));
        }
        return status;
    }
}
