package org.standingoffice.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.standingoffice.knowledge.SourceDocument;

/**
 * The documents shipped in the project's {@code knowledge-base/} folder, read as tests see them:
 * tests run with the project root as working directory, so the real texts are at hand.
 */
final class KnowledgeBaseTexts {

    static final Path FOLDER = Path.of("knowledge-base");

    private KnowledgeBaseTexts() {}

    /** The text after the front matter, exactly as published (page furniture included). */
    static String body(String fileName) {
        return FrontMatter.split(read(fileName)).body();
    }

    static SourceDocument document(String fileName) {
        return FrontMatter.parse(FrontMatter.split(read(fileName)).yaml());
    }

    static List<String> lines(String text) {
        return Arrays.asList(text.split("\\R"));
    }

    private static String read(String fileName) {
        try {
            return Files.readString(FOLDER.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
