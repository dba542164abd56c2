package org.standingoffice.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standingoffice.FixedDecision;
import org.standingoffice.StandingOfficeApplication;

/**
 * A real {@code kill -9} of the service (issue 15): the packaged classes run in a child JVM on a
 * free port with long polling against a Bot API stub on 127.0.0.1, H2 under a temporary data dir.
 *
 * <ol>
 *   <li>Receipt: officials ask over REST and in Telegram at once; the process is killed mid-flood.
 *       Every question answered 201 must be there after the restart.
 *   <li>Approval and delivery: staff approve the Telegram questions over REST while their answers
 *       go out; killed mid-flood. Every approval answered 200 must be there after the restart.
 *   <li>After the last restart every approved answer must reach its asker. Delivery is at least
 *       once: an answer Telegram took but whose confirmation the kill lost is sent again; those
 *       duplicates are counted and bounded by the senders in flight at the kill.
 * </ol>
 */
class CrashRecoveryIntegrationTests {

    static final String ADMIN_PASSWORD = "the crash test admin password";
    static final String QUESTION =
            "Who must guide the financial management of trade union assets at the provincial level?";
    static final int TELEGRAM_ASKERS = 12;
    static final int REST_CLIENTS = 8;
    static final Pattern ANSWER = Pattern.compile("Answer to your question no\\. (\\d+)");

    @TempDir
    Path dataDir;

    final BotApiStub stub = new BotApiStub();
    final ObjectMapper json = new ObjectMapper();
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Process service;
    int port;

    @AfterEach
    void stop() throws IOException {
        if (service != null) {
            service.destroyForcibly();
        }
        stub.close();
    }

    @Test
    void confirmedQuestionsAndApprovalsSurviveKillNineAndEveryAnswerIsDelivered() throws Exception {
        long started = System.nanoTime();
        start(false);
        String admin = "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        // The first admin is created by a runner just after the web server answers; asking before
        // would count as wrong passwords.
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> Files.readString(dataDir.resolve("service.log")).contains("No admin account existed"));
        String adminToken = "Bearer "
                + post(admin, "/api/v1/accounts/admin/token", null)
                        .path("token")
                        .asText();
        post(adminToken, "/api/v1/accounts", """
                {"username": "crash-official", "displayName": "Crash", "role": "OFFICIAL", "password": "a long password"}""");
        String official = "Bearer "
                + post(adminToken, "/api/v1/accounts/crash-official/token", null)
                        .path("token")
                        .asText();
        String invite = post(adminToken, "/api/v1/invites", """
                        {"commune": "Phường Ba Đình", "province": "Hà Nội", "maxUses": 100}""").path("code").asText();
        for (int i = 0; i < TELEGRAM_ASKERS; i++) {
            stub.push(Updates.text(chat(i), 1, "/start " + invite));
        }
        for (int i = 0; i < TELEGRAM_ASKERS; i++) {
            stub.awaitSent(chat(i), call -> call.text().startsWith("Registered"));
        }

        // 1. Receipt, killed mid-flood.
        Set<Long> created = ConcurrentHashMap.newKeySet();
        AtomicBoolean flooding = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(REST_CLIENTS);
        for (int c = 0; c < REST_CLIENTS; c++) {
            clients.submit(() -> {
                while (flooding.get()) {
                    try {
                        HttpResponse<String> response =
                                send(official, "POST", "/api/v1/questions", """
                                {"text": "%s"}""".formatted(QUESTION));
                        if (response.statusCode() == 201) {
                            created.add(
                                    json.readTree(response.body()).path("id").asLong());
                        }
                    } catch (IOException | InterruptedException e) {
                        // the kill: this one was never confirmed
                    }
                }
                return null;
            });
        }
        for (int i = 0; i < TELEGRAM_ASKERS; i++) {
            stub.push(Updates.text(chat(i), 10, QUESTION));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> created.size() >= 40);
        kill();
        flooding.set(false);
        clients.shutdown();
        clients.awaitTermination(10, TimeUnit.SECONDS);

        start(false);
        Set<Long> present = questionIds(adminToken);
        Set<Long> lostQuestions =
                created.stream().filter(id -> !present.contains(id)).collect(Collectors.toSet());

        // 2. Approval (and delivery behind it), killed mid-flood.
        List<Long> telegramQuestions = Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> awaitingApproval(adminToken), ids -> ids.size() >= TELEGRAM_ASKERS);
        Set<Long> approved = ConcurrentHashMap.newKeySet();
        ExecutorService approvers = Executors.newFixedThreadPool(4);
        for (Long id : telegramQuestions) {
            approvers.submit(() -> {
                try {
                    if (send(adminToken, "POST", "/api/v1/questions/" + id + "/approve", null)
                                    .statusCode()
                            == 200) {
                        approved.add(id);
                    }
                } catch (IOException | InterruptedException e) {
                    // the kill
                }
                return null;
            });
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> approved.size() >= TELEGRAM_ASKERS / 2);
        kill();
        approvers.shutdown();
        approvers.awaitTermination(10, TimeUnit.SECONDS);

        // The last start is the service as shipped, warm-ups included, since its clean stop is checked below.
        start(true);
        Map<Long, String> statuses = statuses(adminToken);
        Set<Long> lostApprovals = approved.stream()
                .filter(id -> !Set.of("ANSWERED", "DELIVERED", "CLOSED").contains(statuses.get(id)))
                .collect(Collectors.toSet());
        // The approvals the kill cut off are made now; then every answer must arrive.
        for (Long id : telegramQuestions) {
            if ("AWAITING_APPROVAL".equals(statuses.get(id))) {
                send(adminToken, "POST", "/api/v1/questions/" + id + "/approve", null);
            }
        }
        Map<Long, Long> deliveries = Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(this::answersDelivered, delivered -> delivered.keySet().containsAll(telegramQuestions));
        long duplicates =
                deliveries.values().stream().mapToLong(count -> count - 1).sum();
        long seconds = (System.nanoTime() - started) / 1_000_000_000;

        System.out.printf(
                "CRASH: 2 x kill -9; questions answered 201: %d, lost %d; approvals answered 200: %d, lost %d;"
                        + " answers delivered %d of %d, duplicated %d; %d s%n",
                created.size(),
                lostQuestions.size(),
                approved.size(),
                lostApprovals.size(),
                deliveries.size(),
                telegramQuestions.size(),
                duplicates,
                seconds);
        assertThat(lostQuestions)
                .as("questions answered 201 and gone after kill -9")
                .isEmpty();
        assertThat(lostApprovals)
                .as("approvals answered 200 and gone after kill -9")
                .isEmpty();
        // At least once: only a message in flight at the kill (taken by Telegram, not yet marked
        // sent) goes again — at most one per sender thread (office.telegram.delivery.senders).
        assertThat(duplicates).isLessThanOrEqualTo(4);

        // A clean stop (SIGTERM) logs no ERROR: the database closes with the context, not before it.
        int logged = Files.readAllLines(dataDir.resolve("service.log")).size();
        service.destroy();
        assertThat(service.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> shutdown = Files.readAllLines(dataDir.resolve("service.log"));
        assertThat(shutdown.subList(logged, shutdown.size()))
                .as("log lines of the shutdown")
                .noneMatch(line -> line.contains(" ERROR "));
    }

    private static long chat(int i) {
        return 6100 + i;
    }

    // --- the child process

    /**
     * Starts the service and waits until it is ready. {@code warmUp} false leaves out the start-up
     * warm-ups (several seconds each in a fresh child JVM, and the H2/PostgreSQL warm-up tests cover
     * them): the starts that end in {@code kill -9} need only what receives and approves.
     */
    private void start(boolean warmUp) throws Exception {
        port = freePort();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(
                java.toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                // As the test JVMs (pom.xml): no collector threads of its own on two busy cores.
                "-XX:+UseSerialGC",
                "-cp",
                classpath,
                StandingOfficeApplication.class.getName(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--office.data-dir=" + dataDir,
                FixedDecision.ARGUMENT,
                "--office.console.admin-password=" + ADMIN_PASSWORD,
                "--office.telegram.bot-token=" + BotApiStub.TOKEN,
                "--office.telegram.default-language=" + TelegramFixture.ENGLISH_OFFICE,
                "--office.telegram.api-url=" + stub.url(),
                "--office.telegram.poll-timeout=1s",
                "--office.telegram.delivery.private-chat-interval=10ms",
                "--office.telegram.delivery.per-second=1000",
                "--office.telegram.delivery.poll-interval=50ms",
                "--spring.main.banner-mode=off",
                "--office.search.warm-up=" + warmUp,
                // Ready only after the start-up runners (the first admin…): a stop sent earlier,
                // on a loaded machine, would interrupt them and log an error the test forbids.
                "--management.endpoint.health.probes.enabled=true"));
        service = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dataDir.resolve("service.log").toFile()))
                .start();
        Instant deadline = Instant.now().plusSeconds(120);
        while (true) {
            assertThat(service.isAlive())
                    .as("the service process is running; see its log:%n%s", logTail())
                    .isTrue();
            assertThat(Instant.now()).as("the service started in time").isBefore(deadline);
            try {
                if (send(null, "GET", "/actuator/health/readiness", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
    }

    /** {@code kill -9}: SIGKILL, no shutdown hook runs. */
    private void kill() throws InterruptedException {
        service.destroyForcibly();
        assertThat(service.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(service.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("service.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    // --- what the service says

    private Set<Long> questionIds(String token) throws Exception {
        return statuses(token).keySet();
    }

    private Map<Long, String> statuses(String token) throws Exception {
        Map<Long, String> statuses = new TreeMap<>();
        for (int page = 0; ; page++) {
            JsonNode list = json.readTree(send(token, "GET", "/api/v1/questions?size=100&page=" + page, null)
                    .body());
            for (JsonNode question : list.path("items")) {
                statuses.put(
                        question.path("id").asLong(), question.path("status").asText());
            }
            if (list.path("items").size() < 100) {
                return statuses;
            }
        }
    }

    private List<Long> awaitingApproval(String token) throws Exception {
        List<Long> ids = new ArrayList<>();
        JsonNode list = json.readTree(send(token, "GET", "/api/v1/questions?size=100&status=AWAITING_APPROVAL", null)
                .body());
        for (JsonNode question : list.path("items")) {
            if ("telegram".equals(question.path("channel").asText())) {
                ids.add(question.path("id").asLong());
            }
        }
        return ids;
    }

    /** Answers that reached Telegram, by question: how many times each. */
    private Map<Long, Long> answersDelivered() {
        Map<Long, Long> delivered = new TreeMap<>();
        for (BotApiStub.Call call : stub.calls("sendmessage")) {
            if (call.status() != 200 || call.text() == null) {
                continue;
            }
            Matcher answer = ANSWER.matcher(call.text());
            if (answer.find()) {
                delivered.merge(Long.parseLong(answer.group(1)), 1L, Long::sum);
            }
        }
        return delivered;
    }

    private JsonNode post(String authorization, String path, String body) throws Exception {
        HttpResponse<String> response = send(authorization, "POST", path, body);
        assertThat(response.statusCode())
                .as("%s answered %s", path, response.body())
                .isBetween(200, 201);
        return json.readTree(response.body());
    }

    private HttpResponse<String> send(String authorization, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
