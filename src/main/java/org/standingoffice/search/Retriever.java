package org.standingoffice.search;

/** Finds the passages that answer a question. */
public interface Retriever {

    /**
     * The best {@code top} passages for {@code question}, in any language the index holds. A
     * blank question yields no passages and confidence 0. Results are cached until the next
     * reindex.
     */
    RetrievalResult retrieve(String question, int top);
}
