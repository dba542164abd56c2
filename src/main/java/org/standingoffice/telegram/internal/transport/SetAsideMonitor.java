package org.standingoffice.telegram.internal.transport;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;

/**
 * Poison updates as operators see them: {@code office_telegram_updates_set_aside_total{stage=…}}
 * counts each one set aside (at intake: unreadable or too large; at handling: failed every
 * attempt), {@code office_telegram_updates_waiting} how many wait for an administrator, and the
 * {@code telegramInbox} health component is {@value #DEGRADED} while any waits. Intake itself goes
 * on: the status says a person should look, not that the service is down.
 */
@Component("telegramInbox")
@ConditionalOnTelegram
public class SetAsideMonitor implements HealthIndicator {

    static final String DEGRADED = "DEGRADED";

    private final Inbox inbox;
    private final Counter atIntake;
    private final Counter atHandling;
    private final AtomicLong waiting = new AtomicLong();

    SetAsideMonitor(Inbox inbox, MeterRegistry registry) {
        this.inbox = inbox;
        this.atIntake = Counter.builder("office.telegram.updates.set.aside")
                .description("Telegram updates set aside instead of handled")
                .tag("stage", "intake")
                .register(registry);
        this.atHandling = Counter.builder("office.telegram.updates.set.aside")
                .description("Telegram updates set aside instead of handled")
                .tag("stage", "handling")
                .register(registry);
        Gauge.builder("office.telegram.updates.waiting", waiting, AtomicLong::get)
                .description("Telegram updates set aside that wait for an administrator")
                .register(registry);
    }

    void setAsideAtIntake() {
        atIntake.increment();
        waiting.incrementAndGet();
    }

    /** Unreadable and without an id to keep it under: counted, nothing waits. */
    void droppedAtIntake() {
        atIntake.increment();
    }

    void setAsideAtHandling() {
        atHandling.increment();
        waiting.incrementAndGet();
    }

    /** Counts again from the inbox (after an administrator dismissed or retried some). */
    long refresh() {
        long count = inbox.setAsideCount();
        waiting.set(count);
        return count;
    }

    @Override
    public Health health() {
        long count = refresh();
        return count == 0
                ? Health.up().withDetail("setAside", 0).build()
                : Health.status(new Status(DEGRADED, "Telegram updates set aside; see the console's admin page"))
                        .withDetail("setAside", count)
                        .build();
    }
}
