package org.standingoffice.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle = new LoginThrottle(3, 5, Duration.ofMinutes(15), clock);

    @Test
    void aNameIsLockedAfterItsFailuresWhateverTheAddressAndUnlockedAfterTheLockout() {
        throttle.failed("Mai", "10.0.0.1");
        throttle.failed("mai", "10.0.0.2");
        assertThat(throttle.blocked("mai", "10.0.0.3")).isFalse();

        throttle.failed(" MAI ", "10.0.0.3");

        assertThat(throttle.blocked("mai", "10.0.0.9")).isTrue();
        assertThat(throttle.blocked("lan", "10.0.0.1"))
                .as("other names from those addresses")
                .isFalse();
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.blocked("mai", "10.0.0.9")).isFalse();
    }

    @Test
    void anAddressSprayingNamesIsLockedLaterThanAName() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("name" + i, "10.1.1.1");
        }
        assertThat(throttle.blocked("someone", "10.1.1.1")).isFalse();

        throttle.failed("name4", "10.1.1.1");

        assertThat(throttle.blocked("someone", "10.1.1.1")).isTrue();
        assertThat(throttle.blocked("someone", "10.1.1.2")).isFalse();
    }

    @Test
    void aSuccessClearsTheNameAndAFailureWithoutANameCountsOnlyTheAddress() {
        throttle.failed("lan", "10.2.2.2");
        throttle.failed("lan", "10.2.2.2");
        throttle.succeeded("lan");
        throttle.failed("lan", "10.2.2.2");
        assertThat(throttle.blocked("lan", "10.2.2.3")).isFalse();

        for (int i = 0; i < 3; i++) {
            throttle.failed(null, "10.3.3.3");
        }

        assertThat(throttle.blocked("", "10.3.3.4"))
                .as("a bad token locks no name")
                .isFalse();
    }

    static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-23T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
