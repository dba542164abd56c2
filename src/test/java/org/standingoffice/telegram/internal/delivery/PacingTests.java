package org.standingoffice.telegram.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.standingoffice.telegram.TelegramProperties;

class PacingTests {

    private final Instant start = Instant.parse("2025-07-01T00:00:00Z");
    private final Pacing pacing = new Pacing(new TelegramProperties.Delivery(
            30,
            Duration.ofSeconds(1),
            Duration.ofSeconds(3),
            4,
            Duration.ofMillis(200),
            Duration.ofSeconds(1),
            Duration.ofMinutes(10),
            Duration.ofMinutes(2),
            Duration.ofDays(30)));

    @Test
    void allowsThirtyMessagesASecondOverall() {
        int sent = 0;
        for (long chat = 1; chat <= 100; chat++) {
            if (pacing.tryAcquire(chat, start)) {
                sent++;
            }
        }
        assertThat(sent).isEqualTo(30);
        // Strictly 30 in any one second: nothing more until the first of them is a second old.
        assertThat(pacing.tryAcquire(1000, start.plusMillis(999))).isFalse();
        assertThat(pacing.tryAcquire(1000, start.plusMillis(1000))).isTrue();
    }

    @Test
    void allowsOneMessageASecondToAPrivateChatAndOneInThreeSecondsToAGroup() {
        assertThat(pacing.tryAcquire(7, start)).isTrue();
        assertThat(pacing.tryAcquire(7, start.plusMillis(900))).isFalse();
        assertThat(pacing.tryAcquire(7, start.plusMillis(1000))).isTrue();

        assertThat(pacing.tryAcquire(-100, start)).isTrue();
        assertThat(pacing.tryAcquire(-100, start.plusSeconds(2))).isFalse();
        assertThat(pacing.tryAcquire(-100, start.plusSeconds(3))).isTrue();
    }

    @Test
    void aRetryAfterPausesTheChat() {
        pacing.pause(9, start.plusSeconds(5));

        assertThat(pacing.tryAcquire(9, start.plusSeconds(4))).isFalse();
        assertThat(pacing.tryAcquire(9, start.plusSeconds(5))).isTrue();
    }
}
