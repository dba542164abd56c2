package org.standingoffice.telegram.internal;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.standingoffice.TestPostgres;

/**
 * The start-up warm-ups on a real PostgreSQL server, whose identity sequences, like H2's, do not give
 * back a value a rolled-back insert took, and whose audit trigger refuses any change of an audit row.
 */
@SpringBootTest
@DirtiesContext
class PostgresWarmUpIntegrationTests extends WarmUpContract {

    static final BotApiStub stub = new BotApiStub();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        configure(registry, stub, dataDir);
        TestPostgres.register(registry);
    }

    /** Closes the stub with the context, after the channel stopped calling it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class StubLifecycle {
        @Bean(destroyMethod = "close")
        BotApiStub botApiStub() {
            return stub;
        }
    }

    @Override
    BotApiStub stub() {
        return stub;
    }
}
