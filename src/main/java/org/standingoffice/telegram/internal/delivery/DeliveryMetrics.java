package org.standingoffice.telegram.internal.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.transport.BotApiFailure;

/**
 * What the channel's delivery looks like from Prometheus: messages sent, retried (rate limit or
 * server/network failure) and refused for good ({@code office_telegram_messages_total{outcome}}),
 * how long a Bot API call takes ({@code office_telegram_request_seconds{method,outcome}}), how long a
 * message waited in the outbox before it reached Telegram ({@code office_telegram_delivery_seconds
 * {kind}}, the latency an asker feels after an approval) and how many wait right now
 * ({@code office_telegram_outbox_pending}). An alert on failures or on a growing outbox catches a
 * revoked token or a Telegram outage before askers complain.
 */
@Component
@ConditionalOnTelegram
class DeliveryMetrics {

    private final MeterRegistry registry;

    DeliveryMetrics(MeterRegistry registry, Outbox outbox) {
        this.registry = registry;
        // Read on scrape only; the query uses the status index.
        Gauge.builder("office.telegram.outbox.pending", outbox, box -> box.count(Outbox.PENDING))
                .description("Telegram messages waiting to be sent")
                .register(registry);
    }

    /** The message reached Telegram {@code waited} after it was enqueued. */
    void sent(Outgoing.Kind kind, Duration waited) {
        messages("sent").increment();
        Timer.builder("office.telegram.delivery")
                .description("From enqueueing a message to Telegram accepting it")
                .tag("kind", kind.name().toLowerCase())
                .publishPercentileHistogram()
                .register(registry)
                .record(waited);
    }

    void retried(BotApiFailure.Kind why) {
        messages(why == BotApiFailure.Kind.RATE_LIMITED ? "rate_limited" : "retried")
                .increment();
    }

    void failed() {
        messages("failed").increment();
    }

    /** One Bot API request and how it ended ({@code ok} or the failure kind). */
    void request(String method, String outcome, Duration took) {
        Timer.builder("office.telegram.request")
                .description("Bot API requests made to deliver messages")
                .tag("method", method)
                .tag("outcome", outcome)
                .register(registry)
                .record(took);
    }

    private Counter messages(String outcome) {
        return Counter.builder("office.telegram.messages")
                .description("Telegram messages by how their delivery attempt ended")
                .tag("outcome", outcome)
                .register(registry);
    }
}
