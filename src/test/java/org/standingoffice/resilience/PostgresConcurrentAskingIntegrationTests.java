package org.standingoffice.resilience;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.standingoffice.TestPostgres;

/** Fifty concurrent clients on a real PostgreSQL server. */
@DirtiesContext
class PostgresConcurrentAskingIntegrationTests extends ConcurrentAskingContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry);
    }

    @Override
    String database() {
        return "PostgreSQL";
    }
}
