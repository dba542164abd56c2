package org.standingoffice.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.knowledge.TypingHabits;
import org.standingoffice.search.internal.LucenePassageIndex;
import org.standingoffice.search.internal.QuestionLanguage;
import org.standingoffice.search.internal.SearchEngine;

/**
 * An index and retriever over passages supplied directly rather than read from the knowledge
 * base: for evaluating retrieval on benchmark corpora with exactly the code the service runs.
 */
public final class StandaloneIndex implements Retriever, Closeable {

    private final LucenePassageIndex index;
    private final SearchEngine engine;

    private StandaloneIndex(Path dir, SearchProperties properties) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.index = new LucenePassageIndex(dir);
        this.engine = new SearchEngine(index, new QuestionLanguage(), properties);
    }

    /** Opens (or creates) an index in {@code dir}. */
    public static StandaloneIndex open(Path dir, SearchProperties properties) {
        return new StandaloneIndex(dir, properties);
    }

    /** Adds or replaces the passages of one named source; visible after {@link #commit()}. */
    public void put(String source, List<Passage> passages) {
        index.replace(new SourceFile(source, Path.of(source), Integer.toHexString(passages.hashCode())), passages);
    }

    public void commit() {
        commit(Glossary.empty(), TypingHabits.none());
    }

    /**
     * Makes the added passages visible, expanding questions with {@code glossary} and reading them
     * with the askers' {@code habits}, as the service's own index does.
     */
    public void commit(Glossary glossary, TypingHabits habits) {
        index.commit();
        engine.indexChanged(glossary, habits);
    }

    public int passageCount() {
        return index.passageCount();
    }

    @Override
    public RetrievalResult retrieve(String question, int top) {
        return engine.retrieve(question, top);
    }

    /** Ids of the best passages by the plain BM25 query alone, for comparison. */
    public List<String> bareSearch(String question, int top) {
        return engine.bare(question, top);
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
