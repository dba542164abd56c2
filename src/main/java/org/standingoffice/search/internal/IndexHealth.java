package org.standingoffice.search.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The index as {@code /actuator/health} reports it: how many passages it holds and whether this
 * instance may write it. An empty index is still up — questions are received and escalated to
 * staff — so a load balancer must not take the instance out; the detail says why answers fail.
 */
@Component("index")
class IndexHealth implements HealthIndicator {

    private final LucenePassageIndex index;

    IndexHealth(LucenePassageIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        int passages = index.passageCount();
        Health.Builder health = Health.up().withDetail("passages", passages).withDetail("readOnly", index.isReadOnly());
        if (passages == 0) {
            health.withDetail("warning", "no passage is indexed: every question goes to staff");
        }
        return health.build();
    }
}
