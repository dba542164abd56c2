package org.standingoffice.cli.internal;

/** The memory a benchmark's live objects hold. */
final class Heap {

    private static final int COLLECTIONS = 2;

    private Heap() {}

    /**
     * Bytes in use after explicit full collections; garbage a single collection leaves (objects
     * awaiting finalisation or reference processing) goes in the second.
     */
    static long usedAfterFullGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
