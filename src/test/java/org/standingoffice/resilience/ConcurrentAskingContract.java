package org.standingoffice.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffDirectory;

/**
 * Fifty clients ask at once over real HTTP against the default connection pool (ten). Before the
 * fix a commit held its connection while the event publication registry asked the same pool for a
 * second one, so about ten simultaneous commits blocked each other and requests failed after the
 * pool's 30-second timeout. Every request must answer 201 or 200, and every question must then
 * leave RECEIVED (drafted), so nothing is stuck behind the load either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ConcurrentAskingContract.CheapPasswords.class)
abstract class ConcurrentAskingContract {

    /**
     * bcrypt at its lowest cost (4) instead of the shipped 10 for the fifty accounts made before
     * the load: their hashing took seconds of the test's time, and the load signs in by API token,
     * which no password hash touches.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class CheapPasswords {

        @Bean
        PasswordEncoder cheapPasswordEncoder() {
            return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
        }
    }

    static final int CLIENTS = 50;
    static final int QUESTIONS_PER_CLIENT = 4;
    static final Duration DEADLINE = Duration.ofSeconds(120);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("office.data-dir", () -> dataDir.toString());
        registry.add("office.console.admin-password", () -> "the first admin password");
    }

    @LocalServerPort
    int port;

    @Autowired
    StaffDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fiftyClientsAskAtOnceOnTheDefaultPoolWithoutAnError() throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String username = "load-" + i;
            if (directory.find(username).isEmpty()) {
                directory.create(username, "Load " + i, Role.OFFICIAL, "central", "a long load passphrase");
            }
            tokens.add(directory.issueApiToken(username));
        }
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8))
                .build();
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger listed = new AtomicInteger();
        Instant deadline = Instant.now().plus(DEADLINE);
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            String token = tokens.get(c);
            int client = c;
            running.add(clients.submit(() -> {
                for (int q = 0; q < QUESTIONS_PER_CLIENT && Instant.now().isBefore(deadline); q++) {
                    String body =
                            "{\"text\": \"Client %d question %d: who guides the financial management of trade union assets?\"}"
                                    .formatted(client, q);
                    count(
                            http,
                            request("/api/v1/questions", token)
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .header("Content-Type", "application/json")
                                    .build(),
                            201,
                            created,
                            errors);
                    count(http, request("/api/v1/questions?size=5", token).GET().build(), 200, listed, errors);
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get(DEADLINE.toSeconds() + 30, TimeUnit.SECONDS);
        }
        clients.shutdown();
        long millis = (System.nanoTime() - started) / 1_000_000;
        int errorCount = errors.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf(
                "LOAD %s: %d clients, %d questions answered 201, %d lists answered 200, %d errors %s in %d ms%n",
                database(), CLIENTS, created.get(), listed.get(), errorCount, errors, millis);

        assertThat(errors).as("errors under %d clients", CLIENTS).isEmpty();
        assertThat(created.get()).isEqualTo(CLIENTS * QUESTIONS_PER_CLIENT);
        Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(stillReceived())
                        .as("questions still waiting for their draft")
                        .isZero());
    }

    abstract String database();

    private long stillReceived() {
        return jdbc.sql("select count(*) from question where status = 'RECEIVED'")
                .query(Long.class)
                .single();
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
    }

    private static void count(
            HttpClient http,
            HttpRequest request,
            int expected,
            AtomicInteger successes,
            Map<String, AtomicInteger> errors) {
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == expected) {
                successes.incrementAndGet();
            } else {
                errors.computeIfAbsent("HTTP " + status, key -> new AtomicInteger())
                        .incrementAndGet();
            }
        } catch (Exception e) {
            errors.computeIfAbsent(e.getClass().getSimpleName(), key -> new AtomicInteger())
                    .incrementAndGet();
        }
    }
}
