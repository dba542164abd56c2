package org.standingoffice.search.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.standingoffice.search.ReindexProgress;
import org.standingoffice.search.Reindexer;

/** Runs {@link LuceneKnowledgeIndex#reindex()} on one background thread: at most one running, one waiting. */
@Component
class BackgroundReindexer implements Reindexer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackgroundReindexer.class);

    private final LuceneKnowledgeIndex index;
    private final ExecutorService runs = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "reindex");
        thread.setDaemon(true);
        return thread;
    });
    /** A run is waiting to start; a request now joins it instead of queueing another. */
    private final AtomicBoolean waiting = new AtomicBoolean();
    /** Runs asked for and not yet ended, so a run about to start is not shown as the last one's outcome. */
    private final AtomicInteger unfinished = new AtomicInteger();

    BackgroundReindexer(LuceneKnowledgeIndex index) {
        this.index = index;
    }

    @Override
    public ReindexProgress start() {
        if (waiting.compareAndSet(false, true)) {
            unfinished.incrementAndGet();
            runs.execute(this::run);
        }
        return progress();
    }

    private void run() {
        waiting.set(false);
        try {
            index.reindex();
        } catch (RuntimeException e) {
            // The progress carries the reason to whoever watches; the log keeps the trace.
            log.warn("Background reindex failed", e);
        } finally {
            unfinished.decrementAndGet();
        }
    }

    @Override
    public ReindexProgress progress() {
        ReindexProgress current = index.progress();
        return unfinished.get() > 0 && !current.active() ? ReindexProgress.queued() : current;
    }

    /** Lets a running reindex commit rather than interrupting Lucene mid-write, which would break the writer. */
    @Override
    public void destroy() throws InterruptedException {
        runs.shutdown();
        if (!runs.awaitTermination(1, TimeUnit.MINUTES)) {
            log.warn("A reindex was still running at shutdown; the index keeps its last commit");
        }
    }
}
