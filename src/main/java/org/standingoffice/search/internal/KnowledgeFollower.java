package org.standingoffice.search.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.standingoffice.knowledge.KnowledgeChanged;
import org.standingoffice.search.Reindexer;

/**
 * Keeps this instance's index a replica of the deployment's knowledge base: every
 * {@code office.search.follow-interval} it compares the database's knowledge version with the one
 * its index reflects and, when another instance stored a document meanwhile, reindexes in the
 * background (on PostgreSQL also at once when told, see {@link KnowledgeChanged}). The reindex writes the new documents into the folder and commits them to the index
 * in one commit, so searches switch from the old documents to the new ones at once. Off where the
 * index is not kept up to date automatically ({@code office.search.index-on-startup=false}).
 */
@Component
@ConditionalOnProperty(name = "office.search.index-on-startup", havingValue = "true", matchIfMissing = true)
class KnowledgeFollower {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeFollower.class);

    private final LuceneKnowledgeIndex index;
    private final Reindexer reindexer;

    KnowledgeFollower(LuceneKnowledgeIndex index, Reindexer reindexer) {
        this.index = index;
        this.reindexer = reindexer;
    }

    /** PostgreSQL announced a change: look now instead of at the next poll. */
    @EventListener
    void on(KnowledgeChanged change) {
        follow();
    }

    @Scheduled(
            fixedDelayString = "${office.search.follow-interval:2s}",
            initialDelayString = "${office.search.follow-interval:2s}")
    synchronized void follow() {
        try {
            long latest = index.latestVersion();
            // A run already queued or running lists the files after this change, or queues behind.
            if (latest > index.indexedVersion() && !reindexer.progress().active()) {
                log.info(
                        "Knowledge version {} is newer than this index's {}: reindexing",
                        latest,
                        index.indexedVersion());
                reindexer.start();
            }
        } catch (RuntimeException e) {
            log.warn("Could not compare knowledge versions; trying again: {}", e.toString());
        }
    }
}
