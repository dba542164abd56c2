package org.standingoffice.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Success at k and mean reciprocal rank over a set of questions, each judged by the best rank at
 * which any of its relevant items appears. A question whose relevant items are all missing from
 * the ranking (or from the corpus) counts as a miss, so it stays in every denominator.
 */
final class RankingMetrics {

    private static final int MISS = 0;

    private final int cutoff;
    private final List<Integer> firstRelevantRanks = new ArrayList<>();

    /** @param cutoff the depth the rankings are judged to, the k of MRR@k */
    RankingMetrics(int cutoff) {
        this.cutoff = cutoff;
    }

    void add(List<String> ranking, Set<String> relevant) {
        int depth = Math.min(cutoff, ranking.size());
        for (int i = 0; i < depth; i++) {
            if (relevant.contains(ranking.get(i))) {
                firstRelevantRanks.add(i + 1);
                return;
            }
        }
        firstRelevantRanks.add(MISS);
    }

    int questions() {
        return firstRelevantRanks.size();
    }

    /** Share of the questions with a relevant item in the first {@code k} (at most the cutoff). */
    double recallAt(int k) {
        if (k > cutoff) {
            throw new IllegalArgumentException("rankings are judged to " + cutoff + " only, not " + k);
        }
        long found = firstRelevantRanks.stream()
                .filter(rank -> rank != MISS && rank <= k)
                .count();
        return share(found);
    }

    /** Mean over the questions of 1/rank of the first relevant item, 0 when none is within the cutoff. */
    double meanReciprocalRank() {
        double sum = firstRelevantRanks.stream()
                .filter(rank -> rank != MISS)
                .mapToDouble(rank -> 1.0 / rank)
                .sum();
        return share(sum);
    }

    private double share(double amount) {
        return firstRelevantRanks.isEmpty() ? 0 : amount / firstRelevantRanks.size();
    }
}
