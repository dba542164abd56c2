package org.standingoffice.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.knowledge.TypingHabits;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.ScratchIndex;
import org.standingoffice.search.ScratchIndexes;
import org.standingoffice.search.SearchProperties;

/**
 * Scratch indexes in folders under {@code parent} (beside the service's index, so a killed run
 * leaves nothing in the temporary directory), each one a {@link LucenePassageIndex} and a
 * {@link SearchEngine} with the service's settings and language detector (its models are loaded
 * once, not per scratch index).
 */
final class LuceneScratchIndexes implements ScratchIndexes {

    private final Path parent;
    private final QuestionLanguage languages;
    private final SearchProperties properties;

    LuceneScratchIndexes(Path parent, QuestionLanguage languages, SearchProperties properties) {
        this.parent = parent;
        this.languages = languages;
        this.properties = properties;
    }

    @Override
    public ScratchIndex open() {
        try {
            Files.createDirectories(parent);
            return new Lucene(Files.createTempDirectory(parent, "scratch-"), languages, properties);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch index under " + parent, e);
        }
    }

    private static final class Lucene implements ScratchIndex {

        private final Path dir;
        private final LucenePassageIndex index;
        private final SearchEngine engine;

        Lucene(Path dir, QuestionLanguage languages, SearchProperties properties) {
            this.dir = dir;
            this.index = new LucenePassageIndex(
                    dir, new SyllableScoring(properties.lexical().syllables()));
            this.engine = new SearchEngine(index, languages, properties);
        }

        @Override
        public void put(String source, List<Passage> passages) {
            index.replace(new SourceFile(source, Path.of(source), Integer.toHexString(passages.hashCode())), passages);
        }

        @Override
        public void commit(Glossary glossary, TypingHabits habits) {
            index.commit();
            engine.indexChanged(glossary, habits);
        }

        @Override
        public int passageCount() {
            return index.passageCount();
        }

        @Override
        public RetrievalResult retrieve(String question, int top) {
            return engine.retrieve(question, top);
        }

        @Override
        public List<String> bareSearch(String question, int top) {
            return engine.bare(question, top);
        }

        @Override
        public void close() throws IOException {
            try {
                index.close();
            } finally {
                List<Path> deepestFirst;
                try (Stream<Path> paths = Files.walk(dir)) {
                    deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
                }
                for (Path path : deepestFirst) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
