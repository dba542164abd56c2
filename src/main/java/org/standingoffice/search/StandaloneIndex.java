package org.standingoffice.search;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.knowledge.TypingHabits;
import org.standingoffice.search.internal.LucenePassageIndex;
import org.standingoffice.search.internal.PassageEmbedder;
import org.standingoffice.search.internal.QuestionLanguage;
import org.standingoffice.search.internal.SearchEngine;

/**
 * An index and retriever over passages supplied directly rather than read from the knowledge
 * base: for evaluating retrieval on benchmark corpora with exactly the code the service runs.
 */
public final class StandaloneIndex implements Retriever, Closeable {

    private final LucenePassageIndex index;
    private final SearchEngine engine;

    private StandaloneIndex(Path dir, SearchProperties properties, Set<String> embeddedLanguages) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PassageEmbedder embedder = new PassageEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel(), embeddedLanguages);
        this.index = new LucenePassageIndex(dir, embedder);
        this.engine = new SearchEngine(index, embedder, new QuestionLanguage(), properties);
    }

    /**
     * Opens (or creates) an index in {@code dir}; passages in {@code embeddedLanguages} get
     * vectors when added.
     */
    public static StandaloneIndex open(Path dir, SearchProperties properties, Set<String> embeddedLanguages) {
        return new StandaloneIndex(dir, properties, embeddedLanguages);
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
