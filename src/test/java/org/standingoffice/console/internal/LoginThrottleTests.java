package org.standingoffice.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    final MovableClock clock = new MovableClock();
    final LoginThrottle throttle =
            new LoginThrottle(new MemorySignInFailures(), 3, 5, Duration.ofSeconds(30), Duration.ofMinutes(15), clock);

    @Test
    void aNameFromOneAddressWaitsAfterItsFailuresAndTheWaitDoubles() {
        throttle.failed("Mai", "203.0.113.7");
        throttle.failed("mai", "203.0.113.7");
        assertThat(throttle.wait("mai", "203.0.113.7")).isZero();

        throttle.failed(" MAI ", "203.0.113.7");
        assertThat(throttle.wait("mai", "203.0.113.7")).isEqualTo(Duration.ofSeconds(30));

        clock.advance(Duration.ofMillis(29_999));
        assertThat(throttle.blocked("mai", "203.0.113.7")).isTrue();
        clock.advance(Duration.ofMillis(1));
        assertThat(throttle.blocked("mai", "203.0.113.7"))
                .as("a delay, not a wall")
                .isFalse();

        throttle.failed("mai", "203.0.113.7");
        assertThat(throttle.wait("mai", "203.0.113.7")).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void guessingAnAdministratorsPasswordElsewhereNeverDelaysTheAdministrator() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("admin", "198.51.100." + (i % 4));
        }
        assertThat(throttle.blocked("admin", "198.51.100.1")).isTrue();
        assertThat(throttle.wait("admin", "10.0.0.5"))
                .as("the administrator's own address has not failed")
                .isZero();
    }

    @Test
    void theWaitStopsGrowingAtTheCapAndFailuresAreForgottenAfterIt() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("lan", "10.2.2.2");
        }
        assertThat(throttle.wait("lan", "10.2.2.2")).isEqualTo(Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.wait("lan", "10.2.2.2")).isZero();
        throttle.failed("lan", "10.2.2.2");
        assertThat(throttle.wait("lan", "10.2.2.2"))
                .as("counted from one again")
                .isZero();
    }

    @Test
    void anAddressSprayingNamesWaitsLaterThanAName() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("name" + i, "10.1.1.1");
        }
        assertThat(throttle.blocked("someone", "10.1.1.1")).isFalse();

        throttle.failed("name4", "10.1.1.1");

        assertThat(throttle.blocked("someone", "10.1.1.1")).isTrue();
        assertThat(throttle.blocked("someone", "10.1.1.2")).isFalse();
    }

    @Test
    void aSuccessClearsTheNameFromThatAddressAndAFailureWithoutANameCountsOnlyTheAddress() {
        throttle.failed("lan", "10.2.2.2");
        throttle.failed("lan", "10.2.2.2");
        throttle.succeeded("lan", "10.2.2.2");
        throttle.failed("lan", "10.2.2.2");
        assertThat(throttle.blocked("lan", "10.2.2.2")).isFalse();

        for (int i = 0; i < 3; i++) {
            throttle.failed(null, "10.3.3.3");
        }

        assertThat(throttle.blocked("", "10.3.3.4"))
                .as("a bad token delays no name")
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
