package org.standingoffice.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.standingoffice.FixedDecision;
import org.standingoffice.StandingOfficeApplication;
import org.standingoffice.TestPostgres;
import org.standingoffice.desk.AuditAction;
import org.standingoffice.desk.AuditEvent;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.NewQuestion;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.knowledge.DocumentUpload;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.search.Reindexer;
import org.standingoffice.search.Retriever;
import org.standingoffice.telegram.NewInvite;
import org.standingoffice.telegram.TelegramInvites;
import org.standingoffice.telegram.internal.delivery.Outbox;
import org.standingoffice.telegram.internal.delivery.Outgoing;

/**
 * Two instances of the service, A and B, on one PostgreSQL database, with Telegram in webhook mode:
 * what one does, the other sees, and nothing scheduled happens twice. Each instance talks to Telegram
 * through its own Bot API stub, so the test can cut A off mid-send and still count every message
 * Telegram received from either. The figures go to the log as lines starting with
 * {@code INSTANCES}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIntegrationTests {

    static final String ADMIN_PASSWORD = "two instances, one office";
    static final String SECRET = "webhook-secret-of-the-two-instances";

    @TempDir
    static Path root;

    static final BotApiStub telegramA = new BotApiStub();
    static final BotApiStub telegramB = new BotApiStub();
    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static JdbcClient db;

    @BeforeAll
    static void startBoth() {
        String url = TestPostgres.newDatabaseUrl();
        // One after the other: the first runs the migrations, as a rolling start would.
        a = start("a", telegramA, url);
        b = start("b", telegramB, url);
        db = b.getBean(JdbcClient.class);
    }

    @AfterAll
    static void stopBoth() throws IOException {
        if (a != null && a.isActive()) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        telegramA.close();
        telegramB.close();
    }

    static ConfigurableApplicationContext start(String name, BotApiStub telegram, String databaseUrl) {
        Path dataDir = root.resolve(name);
        Path knowledge = root.resolve(name + "-knowledge-base");
        copy(Path.of("knowledge-base"), knowledge);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", databaseUrl);
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        properties.put("office.data-dir", dataDir.toString());
        properties.put("office.knowledge.base-dir", knowledge.toString());
        properties.put("office.console.admin-password", ADMIN_PASSWORD);
        properties.put(FixedDecision.PROPERTY, FixedDecision.THRESHOLD);
        properties.put("office.desk.sla-check-interval", "200ms");
        properties.put("office.desk.reminder-before", "1h");
        properties.put("office.telegram.bot-token", BotApiStub.TOKEN);
        properties.put("office.telegram.default-language", TelegramFixture.ENGLISH_OFFICE);
        properties.put("office.telegram.api-url", telegram.url());
        properties.put("office.telegram.mode", "webhook");
        properties.put("office.telegram.webhook.url", "https://office.example/telegram/webhook");
        properties.put("office.telegram.webhook.secret", SECRET);
        properties.put("office.telegram.staff-language", "en");
        properties.put("office.telegram.staff-chat-id", Long.toString(TelegramFixture.STAFF_GROUP));
        properties.put("office.telegram.delivery.private-chat-interval", "10ms");
        properties.put("office.telegram.delivery.group-chat-interval", "10ms");
        properties.put("office.telegram.delivery.poll-interval", "50ms");
        // A message claimed by a sender that died is sent again by another instance after this.
        properties.put("office.telegram.delivery.lease", "2s");
        // How often an instance compares its index with the database's knowledge version.
        properties.put("office.search.follow-interval", "500ms");
        properties.put("office.search.warm-up", "false");
        properties.put("office.desk.event-retry-interval", "300ms");
        // As arguments: they override application.yml, as the environment of a real instance would.
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(StandingOfficeApplication.class).run(arguments);
    }

    @Test
    @Order(1)
    void aDocumentUploadedOnOneInstanceIsCitedInTheOthersAnswers() throws Exception {
        long before = version(b);
        Instant uploaded = Instant.now();
        a.getBean(DocumentUpload.class)
                .upload(
                        "seals-guidance.md",
                        new ByteArrayInputStream(SEALS_GUIDANCE.getBytes(StandardCharsets.UTF_8)),
                        new SourceDocument(null, null, null, null, null, null, null, null, null, null),
                        false,
                        "admin");
        a.getBean(Reindexer.class).start();

        Retriever retrieverB = b.getBean(Retriever.class);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> retrieverB.retrieve(SEALS_QUESTION, 1).passages().stream()
                        .anyMatch(found -> found.passage().document().number().equals("07/HD-VPTT")));
        Duration reached = Duration.between(uploaded, Instant.now());
        System.out.printf("INSTANCES upload: from upload on A to B's retrieval citing it %d ms%n", reached.toMillis());
        assertThat(reached).isLessThan(Duration.ofSeconds(10));
        assertThat(version(b)).isGreaterThan(before);
        assertThat(Files.readString(root.resolve("b-knowledge-base").resolve("seals-guidance.md")))
                .as("B's folder is a replica of the database")
                .isEqualTo(Files.readString(root.resolve("a-knowledge-base").resolve("seals-guidance.md")));
        assertThat(db.sql("select stored_by from knowledge_document_version where name = 'seals-guidance.md'")
                        .query(String.class)
                        .single())
                .isEqualTo("admin");

        // An official asks B through Telegram; the card staff get cites the document uploaded on A.
        long chat = 870_001;
        String code = b.getBean(TelegramInvites.class)
                .create(new NewInvite(null, "Phường Ba Đình", "Hà Nội", 5, null, "admin"))
                .code();
        assertThat(webhook(b, Updates.text(chat, 1, "/start " + code))).isEqualTo(200);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> telegramReceived().stream()
                        .anyMatch(call -> call.chatId() == chat && call.text().startsWith("Registered")));
        assertThat(webhook(b, Updates.text(chat, 2, SEALS_QUESTION))).isEqualTo(200);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> telegramReceived().stream()
                        .anyMatch(call -> call.chatId() == TelegramFixture.STAFF_GROUP
                                && call.text().contains(SEALS_QUESTION)
                                && call.text().contains("07/HD-VPTT")));
    }

    @Test
    @Order(8)
    void aLockoutOnOneInstanceHoldsOnTheOther() throws Exception {
        assertThat(get(b, "admin", ADMIN_PASSWORD)).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(get(a, "admin", "a guess " + i)).isEqualTo(401);
        }

        assertThat(get(b, "admin", ADMIN_PASSWORD))
                .as("the guesser's five tries on A lock the name on B too, even with the right password")
                .isEqualTo(429);
        assertThat(get(a, "admin", ADMIN_PASSWORD)).isEqualTo(429);
    }

    @Test
    @Order(2)
    void bothInstancesCheckDueTimesAndStaffAreRemindedOnce() {
        Desk desk = a.getBean(Desk.class);
        QuestionId id = desk.receive(new NewQuestion(
                        TelegramFixture.UNANSWERABLE,
                        "A",
                        "Phường Ba Đình",
                        "Hà Nội",
                        "en",
                        "api",
                        "two-instances",
                        null))
                .id();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> desk.get(id).status() != QuestionStatus.RECEIVED);
        // Due in half an hour, within the hour of notice: reminded at the next check of either instance
        // (both check every 200 ms). Only once the reminder is out is it made overdue, so the breach comes
        // at the check after that instead of waiting for a real due time to pass.
        setDueAt(id, Instant.now().plus(Duration.ofMinutes(30)));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> actions(desk, id).contains(AuditAction.SLA_REMINDER));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> delivered(staffMessages("Question no. " + id + " is due")) >= 1);
        setDueAt(id, Instant.now().minusSeconds(1));

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> actions(desk, id).contains(AuditAction.SLA_BREACHED));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> delivered(staffMessages("Question no. " + id + " is overdue")) == 1);

        List<AuditAction> actions = actions(desk, id);
        int reminded =
                (int) actions.stream().filter(AuditAction.SLA_REMINDER::equals).count();
        int breached =
                (int) actions.stream().filter(AuditAction.SLA_BREACHED::equals).count();
        int remindersSent = delivered(staffMessages("Question no. " + id + " is due"));
        System.out.printf(
                "INSTANCES sla: reminders recorded=%d sent=%d, breaches recorded=%d sent=%d%n",
                reminded, remindersSent, breached, delivered(staffMessages("Question no. " + id + " is overdue")));
        assertThat(reminded).isEqualTo(1);
        assertThat(breached).isEqualTo(1);
        assertThat(remindersSent).isEqualTo(1);
        assertThat(db.sql("select locked_by from shedlock where name = 'failed-event-retry'")
                        .query(String.class)
                        .list())
                .as("the retry of failed deliveries, every 300 ms on both, takes one lock row")
                .hasSize(1);
    }

    @Test
    @Order(9)
    void killingAnInstanceWhileItSendsLosesNoMessage() {
        int chats = 20;
        int perChat = 3;
        telegramA.stall();
        Outbox outbox = a.getBean(Outbox.class);
        List<String> expected = new ArrayList<>();
        for (int chat = 0; chat < chats; chat++) {
            for (int part = 0; part < perChat; part++) {
                String text = "message " + part + " to chat " + chat;
                expected.add(text);
                outbox.enqueue(
                        Outgoing.send("kill:" + chat + ":" + part, 880_000 + chat, Outgoing.Kind.REPLY, text)
                                .build(),
                        Instant.now());
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> received(telegramA) >= 2);

        Instant killed = Instant.now();
        int inFlight = received(telegramA);
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(a::close);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> deliveries(expected).values().stream().allMatch(count -> count > 0));
        Duration takeover = Duration.between(killed, Instant.now());
        telegramA.release();
        stopping.join();

        Map<String, Integer> deliveries = deliveries(expected);
        int duplicates = deliveries.values().stream().mapToInt(n -> n - 1).sum();
        List<String> duplicated = deliveries.entrySet().stream()
                .filter(entry -> entry.getValue() > 1)
                .map(Map.Entry::getKey)
                .toList();
        System.out.printf(
                "INSTANCES kill: messages=%d delivered=%d duplicates=%d in-flight-at-kill=%d all-delivered-after=%dms"
                        + " duplicated=%s%n",
                expected.size(),
                deliveries.values().stream().filter(n -> n > 0).count(),
                duplicates,
                inFlight,
                takeover.toMillis(),
                duplicated);
        assertThat(deliveries)
                .allSatisfy((text, count) -> assertThat(count).as(text).isPositive());
        assertThat(duplicates)
                .as("at most the messages A had sent when it died go out twice")
                .isLessThanOrEqualTo(inFlight);
        for (int chat = 0; chat < chats; chat++) {
            assertThat(firstDeliveries(880_000 + chat))
                    .as("chat %d in order", chat)
                    .containsExactly(
                            "message 0 to chat " + chat, "message 1 to chat " + chat, "message 2 to chat " + chat);
        }
    }

    static final String SEALS_QUESTION = "How long may merged communes keep using their old seals?";
    static final String SEALS_GUIDANCE = """
            ---
            number: "07/HD-VPTT"
            title: "Guidance on the seals of merged communes"
            type: guidance
            issuer: "Standing Office"
            date: 2025-07-10
            language: en
            ---
            1. Merged communes keep using their old seals until the new seals are issued, and no later than
            30 September 2025.

            2. The new seals are made by the provincial police within ten working days of the request.
            """;

    // --- helpers

    /** The knowledge version the instance's index reflects, as its health endpoint shows it. */
    private static long version(ConfigurableApplicationContext instance) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base(instance) + "/actuator/health"))
                .header("Authorization", "Basic " + basic)
                .GET()
                .build();
        String body = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .body();
        JsonNode index = new ObjectMapper().readTree(body).path("components").path("index");
        assertThat(index.path("details").has("knowledgeVersion")).as(body).isTrue();
        return index.path("details").path("knowledgeVersion").asLong();
    }

    private static int webhook(ConfigurableApplicationContext instance, ObjectNode update) throws Exception {
        update.put("update_id", updateIds++);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base(instance) + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(update.toString()))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    static int updateIds = 990_000;

    private static void setDueAt(QuestionId id, Instant dueAt) {
        db.sql("update question set due_at = ? where id = ?")
                .params(Timestamp.from(dueAt), id.value())
                .update();
    }

    private static List<AuditAction> actions(Desk desk, QuestionId id) {
        return desk.history(id).stream().map(AuditEvent::action).toList();
    }

    /** What Telegram received from either instance (stalled calls included), by text. */
    private static List<BotApiStub.Call> telegramReceived() {
        List<BotApiStub.Call> all = new ArrayList<>();
        for (BotApiStub telegram : List.of(telegramA, telegramB)) {
            telegram.calls("sendmessage").stream()
                    .filter(call -> call.status() == 200 || call.status() == 0)
                    .forEach(all::add);
        }
        all.sort(Comparator.comparing(BotApiStub.Call::at));
        return all;
    }

    private static List<BotApiStub.Call> staffMessages(String containing) {
        return telegramReceived().stream()
                .filter(call -> call.chatId() == TelegramFixture.STAFF_GROUP)
                .filter(call -> call.text() != null && call.text().contains(containing))
                .toList();
    }

    private static int delivered(List<BotApiStub.Call> calls) {
        return calls.size();
    }

    private static int received(BotApiStub telegram) {
        return (int) telegram.calls("sendmessage").stream()
                .filter(call -> call.status() == 0)
                .count();
    }

    private static Map<String, Integer> deliveries(List<String> texts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        texts.forEach(text -> counts.put(text, 0));
        for (BotApiStub.Call call : telegramReceived()) {
            counts.computeIfPresent(call.text(), (text, n) -> n + 1);
        }
        return counts;
    }

    private static List<String> firstDeliveries(long chat) {
        List<String> first = new ArrayList<>();
        for (BotApiStub.Call call : telegramReceived()) {
            if (call.chatId() == chat && !first.contains(call.text())) {
                first.add(call.text());
            }
        }
        return first;
    }

    private static int get(ConfigurableApplicationContext instance, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base(instance) + "/api/v1/questions"))
                .header("Authorization", "Basic " + basic)
                .GET()
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String base(ConfigurableApplicationContext instance) {
        return "http://127.0.0.1:" + instance.getEnvironment().getProperty("local.server.port");
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
