package org.standingoffice.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.standingoffice.FixedDecision;

/**
 * One started service for the small API test classes that need nothing of their own from it. Spring
 * caches a test context by its configuration, so the classes that extend this and declare no
 * configuration of their own share one context in a test JVM instead of each starting one (most of
 * their run time). So that they may, the data dir is one per JVM under the build's {@code target/}:
 * a class's {@code @TempDir} would be deleted while the context still runs. A class sharing it must
 * not depend on what another leaves behind: names of its own, no counts of what the service holds
 * overall.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class SharedApiContext {

    static final String ADMIN_PASSWORD = "the first admin password";
    static final String BOT_USERNAME = "standing_office_bot";

    private static final Path DATA_DIR = dataDir();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("office.data-dir", DATA_DIR::toString);
        registry.add("office.console.admin-password", () -> ADMIN_PASSWORD);
        registry.add("office.telegram.bot-username", () -> BOT_USERNAME);
        FixedDecision.pin(registry);
    }

    private static Path dataDir() {
        try {
            Path target = Files.createDirectories(Path.of(System.getProperty("user.dir"), "target"));
            return Files.createTempDirectory(target, "shared-api-context-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
