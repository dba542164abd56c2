package org.standingoffice.cli.internal;

import java.io.PrintStream;

/**
 * How well the stated confidence predicts that the first passage is right: questions bucketed by
 * confidence, each bucket's observed share of correct first passages. A calibrated retriever's
 * share falls inside its bucket.
 */
final class Calibration {

    private static final int BUCKETS = 5;

    private final int[] asked = new int[BUCKETS];
    private final int[] correct = new int[BUCKETS];

    void add(double confidence, boolean firstIsCorrect) {
        int bucket = Math.min(BUCKETS - 1, (int) (confidence * BUCKETS));
        asked[bucket]++;
        if (firstIsCorrect) {
            correct[bucket]++;
        }
    }

    void print(PrintStream out) {
        out.printf("%-12s %9s %14s%n", "confidence", "questions", "top-1 correct");
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            String range = String.format("%.1f-%.1f", (double) bucket / BUCKETS, (double) (bucket + 1) / BUCKETS);
            String share = asked[bucket] == 0 ? "-" : String.format("%.3f", (double) correct[bucket] / asked[bucket]);
            out.printf("%-12s %9d %14s%n", range, asked[bucket], share);
        }
    }
}
