package org.standingoffice.search.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The index as {@code /actuator/health} reports it: out of service while it holds no passage
 * (nothing can be answered), with whether this instance may write it.
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
        Health.Builder health = passages > 0 ? Health.up() : Health.outOfService();
        return health.withDetail("passages", passages)
                .withDetail("readOnly", index.isReadOnly())
                .build();
    }
}
