package org.standingoffice.telegram.internal;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The start-up warm-ups on the embedded default database, H2 files under the data dir. */
@SpringBootTest
@DirtiesContext
class H2WarmUpIntegrationTests extends WarmUpContract {

    static final BotApiStub stub = new BotApiStub();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        configure(registry, stub, dataDir);
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
