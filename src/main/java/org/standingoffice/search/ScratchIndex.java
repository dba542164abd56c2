package org.standingoffice.search;

import java.io.Closeable;
import java.util.List;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.TypingHabits;

/**
 * An index of passages handed to it directly rather than read from the knowledge base, searched
 * with exactly the code the service runs: for scoring an office's labelled questions and the legal
 * benchmark ({@code eval}, {@code calibrate}). It lives in a folder of its own, deleted on close.
 */
public interface ScratchIndex extends Retriever, Closeable {

    /** Adds or replaces the passages of one named source; visible after {@link #commit}. */
    void put(String source, List<Passage> passages);

    /**
     * Makes the added passages visible, expanding questions with {@code glossary} and reading them
     * with the askers' {@code habits}, as the service's own index does.
     */
    void commit(Glossary glossary, TypingHabits habits);

    /** {@link #commit(Glossary, TypingHabits)} with neither glossary nor typing habits. */
    default void commit() {
        commit(Glossary.empty(), TypingHabits.none());
    }

    int passageCount();

    /** Ids of the best passages by the plain BM25 query alone: the baseline retrieval is compared with. */
    List<String> bareSearch(String question, int top);
}
