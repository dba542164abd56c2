package org.standingoffice.knowledge.internal;

import dev.langchain4j.data.document.parser.apache.tika.ApacheTikaDocumentParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the text of a knowledge-base file: Markdown and plain text directly, PDF, DOCX and HTML
 * through LangChain4j's Apache Tika parser.
 */
public final class DocumentTextReader {

    static final Set<String> TEXT_EXTENSIONS = Set.of("md", "markdown", "txt");
    static final Set<String> PARSED_EXTENSIONS = Set.of("pdf", "docx", "html", "htm");

    private final ApacheTikaDocumentParser tika = new ApacheTikaDocumentParser();

    public static boolean isText(Path file) {
        return TEXT_EXTENSIONS.contains(extension(file));
    }

    public static boolean isIngestible(Path file) {
        return isText(file) || PARSED_EXTENSIONS.contains(extension(file));
    }

    public String read(Path file) {
        if (isText(file)) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return tika.parse(in).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
