package org.standingoffice.search;

/**
 * Reindexing for someone watching (the web console): in the background, one run at a time, with
 * its progress. {@link KnowledgeIndex#reindex()} stays the synchronous way for the command line
 * and start-up; both share one lock, so they never overlap.
 */
public interface Reindexer {

    /**
     * Asks for a reindex and returns at once. A running reindex is neither interrupted nor doubled:
     * one more run is queued behind it, because it may have listed the files before the change
     * that prompted this request; further requests while that run waits join it.
     */
    ReindexProgress start();

    /**
     * The queued or running reindex, else the outcome of the last one (synchronous ones
     * included); idle before the first.
     */
    ReindexProgress progress();
}
