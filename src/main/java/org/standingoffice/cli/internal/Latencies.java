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

    /** What two timed pieces of work returned. */
    record Both<A, B>(A mine, B other) {}

    /**
     * Times {@code mine} into these latencies and {@code theirs} into {@code other}, taking turns at
     * going first by {@code turn}: both searches of a question read the same postings, and
     * whichever runs second finds them warm, so a fixed order would flatter one of them.
     */
    <A, B> Both<A, B> timeInTurns(int turn, Supplier<A> mine, Latencies other, Supplier<B> theirs) {
        if (turn % 2 == 0) {
            A first = time(mine);
            return new Both<>(first, other.time(theirs));
        }
        B first = other.time(theirs);
        return new Both<>(time(mine), first);
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
