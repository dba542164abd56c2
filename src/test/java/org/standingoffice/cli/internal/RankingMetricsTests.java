package org.standingoffice.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTests {

    private static final List<String> RANKING = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k");

    /**
     * Five questions: gold first, gold third, two gold with the better at sixth, gold at eleventh
     * (past the cutoff, so a miss), and gold missing from the corpus altogether.
     */
    private static RankingMetrics fiveQuestions() {
        RankingMetrics metrics = new RankingMetrics(10);
        metrics.add(RANKING, Set.of("a"));
        metrics.add(RANKING, Set.of("c"));
        metrics.add(RANKING, Set.of("h", "f"));
        metrics.add(RANKING, Set.of("k"));
        metrics.add(RANKING, Set.of("not-in-the-corpus"));
        return metrics;
    }

    @Test
    void countsAQuestionFoundAtTheRankOfItsBestGoldItem() {
        RankingMetrics metrics = fiveQuestions();

        assertThat(metrics.questions()).isEqualTo(5);
        assertThat(metrics.recallAt(1)).isCloseTo(1 / 5.0, within(1e-9));
        assertThat(metrics.recallAt(5)).isCloseTo(2 / 5.0, within(1e-9));
        assertThat(metrics.recallAt(10)).isCloseTo(3 / 5.0, within(1e-9));
    }

    @Test
    void averagesReciprocalRanksOverEveryQuestionCountingMissesAsZero() {
        assertThat(fiveQuestions().meanReciprocalRank()).isCloseTo((1 + 1 / 3.0 + 1 / 6.0) / 5, within(1e-9));
    }

    @Test
    void treatsAShortRankingWithoutGoldAsAMiss() {
        RankingMetrics metrics = new RankingMetrics(10);
        metrics.add(List.of("x"), Set.of("a"));
        metrics.add(List.of(), Set.of("a"));

        assertThat(metrics.recallAt(10)).isZero();
        assertThat(metrics.meanReciprocalRank()).isZero();
    }

    @Test
    void scoresNothingBeforeAnyQuestion() {
        RankingMetrics metrics = new RankingMetrics(10);

        assertThat(metrics.recallAt(1)).isZero();
        assertThat(metrics.meanReciprocalRank()).isZero();
    }

    @Test
    void refusesADepthBeyondTheCutoff() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RankingMetrics(10).recallAt(11));
    }
}
