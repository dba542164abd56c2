package org.standingoffice.console.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives the web server an empty document root under the data directory. Without one, Boot creates
 * a new {@code tomcat-docbase.*} folder in the temporary directory at every start, which a killed
 * process leaves behind (issue 20); {@code server.tomcat.basedir} does the same for Tomcat's own
 * working folder. Nothing is served from it: the console's pages and assets come from the jar.
 */
@Component
class WebServerFolders implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> {

    private final Path documentRoot;

    WebServerFolders(@Value("${office.data-dir}") Path dataDir) {
        this.documentRoot = dataDir.resolve("web");
    }

    @Override
    public void customize(ConfigurableServletWebServerFactory factory) {
        try {
            Files.createDirectories(documentRoot);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the web server's folder " + documentRoot, e);
        }
        factory.setDocumentRoot(documentRoot.toFile());
    }
}
