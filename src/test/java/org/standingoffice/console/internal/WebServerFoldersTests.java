package org.standingoffice.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;

class WebServerFoldersTests {

    @TempDir
    Path dataDir;

    @Test
    void theDocumentRootIsAnEmptyFolderOfTheDataDirectoryNotANewTemporaryOne() {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();

        new WebServerFolders(dataDir).customize(factory);

        assertThat(factory.getSettings().getDocumentRoot())
                .isEqualTo(dataDir.resolve("web").toFile());
        assertThat(dataDir.resolve("web")).isEmptyDirectory();
    }
}
