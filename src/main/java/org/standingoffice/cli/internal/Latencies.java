package org.standingoffice.cli.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** Wall-clock durations of repeated work and their percentiles. */
final class Latencies {

    private final List<Long> nanos = new ArrayList<>();

    <T> T time(Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        nanos.add(System.nanoTime() - start);
        return result;
    }

    int count() {
        return nanos.size();
    }

    /** The nearest-rank percentile in milliseconds: a duration that was actually measured. */
    double percentileMillis(double percentile) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }
}
