package org.standingoffice.search.internal;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import org.standingoffice.search.SearchProperties;

/**
 * BM25 with its own saturation for the Vietnamese syllable fields and Lucene's defaults for every
 * other field. Only searches use it: BM25's parameters are applied at query time, so changing them
 * needs no reindex.
 */
final class SyllableScoring extends PerFieldSimilarityWrapper {

    private final Similarity syllables;
    private final Similarity others = new BM25Similarity();

    SyllableScoring(SearchProperties.Saturation saturation) {
        this.syllables = new BM25Similarity((float) saturation.k1(), (float) saturation.b());
    }

    @Override
    public Similarity get(String field) {
        return field.equals(TextAnalyzers.TEXT_VI) || field.equals(TextAnalyzers.TEXT_VI_BIGRAMS) ? syllables : others;
    }
}
