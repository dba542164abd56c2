package org.standingoffice.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** A listener that fails for a while gets its event again without a restart, up to a limit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class FailedEventRetryIntegrationTests {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("office.data-dir", () -> dataDir.toString());
        registry.add("office.desk.event-retry-interval", () -> "300ms");
        registry.add("office.desk.event-retry-attempts", () -> "3");
    }

    record Flaky(String id, int failures) {}

    /** Fails the first {@code failures} deliveries of each event. A proxy: state only through methods. */
    static class FlakyListener {

        private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

        @ApplicationModuleListener
        void on(Flaky event) {
            int attempt = attempts.computeIfAbsent(event.id(), id -> new AtomicInteger())
                    .incrementAndGet();
            if (attempt <= event.failures()) {
                throw new IllegalStateException("failure " + attempt + " of " + event.id());
            }
        }

        int attempts(String id) {
            AtomicInteger count = attempts.get(id);
            return count == null ? 0 : count.get();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Listener {
        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    FlakyListener listener;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FailedEventRetry retry;

    @Test
    void aFailedDeliveryIsRetriedUntilItSucceedsAndAHopelessOneStopsAtTheLimit() {
        transactions.executeWithoutResult(status -> {
            publisher.publishEvent(new Flaky("passing", 2));
            publisher.publishEvent(new Flaky("hopeless", 100));
        });

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(listener.attempts("passing")).isEqualTo(3);
            assertThat(incomplete("passing")).isZero();
        });
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(listener.attempts("hopeless")).isEqualTo(3));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(status("hopeless")).isEqualTo("FAILED"));
        // A resubmission marks the publication before the listener runs again: a retry that finds
        // it failed and leaves it so has given up, with no pause needed to see the listener idle.
        retry.retry();
        assertThat(status("hopeless")).isEqualTo("FAILED");
        assertThat(listener.attempts("hopeless")).isEqualTo(3);
        assertThat(incomplete("hopeless")).isOne();
        assertThat(listener.attempts("passing"))
                .as("a completed delivery is never resubmitted")
                .isEqualTo(3);
    }

    private String status(String id) {
        return jdbc.sql("select status from event_publication where serialized_event like ?")
                .param("%\"" + id + "\"%")
                .query(String.class)
                .single();
    }

    private long incomplete(String id) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null"
                        + " and serialized_event like ?")
                .param("%\"" + id + "\"%")
                .query(Long.class)
                .single();
    }
}
