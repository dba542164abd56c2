package org.standingoffice.search.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The index as {@code /actuator/health} reports it: how many passages it holds, whether this
 * instance may write it, and the knowledge version it reflects beside the deployment's latest. An empty index is still up — questions are received and escalated to
 * staff — so a load balancer must not take the instance out; the detail says why answers fail.
 */
@Component("index")
class IndexHealth implements HealthIndicator {

    private final LucenePassageIndex index;
    private final LuceneKnowledgeIndex knowledge;

    IndexHealth(LucenePassageIndex index, LuceneKnowledgeIndex knowledge) {
        this.index = index;
        this.knowledge = knowledge;
    }

    @Override
    public Health health() {
        int passages = index.passageCount();
        Health.Builder health = Health.up()
                .withDetail("passages", passages)
                .withDetail("readOnly", index.isReadOnly())
                .withDetail("knowledgeVersion", knowledge.indexedVersion());
        try {
            // Behind the database's number for longer than a poll or two: this instance's answers
            // do not know the latest documents yet (the follower is rebuilding, or failing to).
            health.withDetail("knowledgeVersionLatest", knowledge.latestVersion());
        } catch (RuntimeException databaseDown) {
            health.withDetail("knowledgeVersionLatest", "unknown");
        }
        if (passages == 0) {
            health.withDetail("warning", "no passage is indexed: every question goes to staff");
        }
        return health.build();
    }
}
