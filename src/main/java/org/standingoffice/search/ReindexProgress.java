package org.standingoffice.search;

/**
 * How far the current or last reindex has got.
 *
 * @param done while running: files looked at so far, unchanged ones included
 * @param total while running: files in the knowledge base; 0 while they are still being listed
 * @param currentFile the file being looked at, or {@code null}
 * @param report what the reindex did, once {@link State#FINISHED}
 * @param failure why it stopped, once {@link State#FAILED}
 */
public record ReindexProgress(
        State state, int done, int total, String currentFile, ReindexReport report, String failure) {

    public enum State {
        /** No reindex since the service started. */
        IDLE,
        /** Asked for, waiting for the running one to end. */
        QUEUED,
        RUNNING,
        FINISHED,
        /** Stopped by an error; the index keeps its last commit. */
        FAILED
    }

    public static ReindexProgress idle() {
        return new ReindexProgress(State.IDLE, 0, 0, null, null, null);
    }

    public static ReindexProgress queued() {
        return new ReindexProgress(State.QUEUED, 0, 0, null, null, null);
    }

    public static ReindexProgress running(int done, int total, String currentFile) {
        return new ReindexProgress(State.RUNNING, done, total, currentFile, null, null);
    }

    public static ReindexProgress finished(ReindexReport report) {
        return new ReindexProgress(State.FINISHED, 0, 0, null, report, null);
    }

    public static ReindexProgress failed(String failure) {
        return new ReindexProgress(State.FAILED, 0, 0, null, null, failure);
    }

    /** Whether a reindex is queued or running, so there is more progress to come. */
    public boolean active() {
        return state == State.QUEUED || state == State.RUNNING;
    }
}
