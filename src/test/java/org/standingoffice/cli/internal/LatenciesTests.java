package org.standingoffice.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTests {

    @Test
    void twoSearchesTakeTurnsAtGoingFirstAndEachIsTimedIntoItsOwnLatencies() {
        Latencies retrieve = new Latencies();
        Latencies bare = new Latencies();
        List<String> order = new ArrayList<>();

        for (int turn = 0; turn < 4; turn++) {
            Latencies.Both<String, String> both = retrieve.timeInTurns(
                    turn,
                    () -> {
                        order.add("retrieve");
                        return "r";
                    },
                    bare,
                    () -> {
                        order.add("bare");
                        return "b";
                    });
            assertThat(both).isEqualTo(new Latencies.Both<>("r", "b"));
        }

        assertThat(order)
                .containsExactly("retrieve", "bare", "bare", "retrieve", "retrieve", "bare", "bare", "retrieve");
        assertThat(retrieve.count()).isEqualTo(4);
        assertThat(bare.count()).isEqualTo(4);
    }

    @Test
    void percentilesAreDurationsThatWereMeasured() {
        Latencies latencies = new Latencies();
        for (int i = 0; i < 3; i++) {
            latencies.time(() -> null);
        }

        assertThat(latencies.percentileMillis(95)).isGreaterThanOrEqualTo(latencies.percentileMillis(50));
        assertThat(new Latencies().percentileMillis(95)).isZero();
    }
}
