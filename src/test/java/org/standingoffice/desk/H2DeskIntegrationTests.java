package org.standingoffice.desk;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.standingoffice.FixedDecision;

/** The desk on the embedded default database, H2 files under the data dir. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class H2DeskIntegrationTests extends DeskFlowContract {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("office.data-dir", () -> dataDir.toString());
        FixedDecision.pin(registry);
    }
}
