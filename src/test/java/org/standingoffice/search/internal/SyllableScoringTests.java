package org.standingoffice.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.junit.jupiter.api.Test;
import org.standingoffice.search.SearchProperties;

class SyllableScoringTests {

    private final SyllableScoring scoring = new SyllableScoring(new SearchProperties.Saturation(0.7, 0.5));

    @Test
    void theVietnameseSyllableFieldsSaturateAsConfigured() {
        for (String field : new String[] {TextAnalyzers.TEXT_VI, TextAnalyzers.TEXT_VI_BIGRAMS}) {
            BM25Similarity similarity = (BM25Similarity) scoring.get(field);
            assertThat(similarity.getK1()).isEqualTo(0.7f);
            assertThat(similarity.getB()).isEqualTo(0.5f);
        }
    }

    @Test
    void everyOtherFieldKeepsLucenesDefaults() {
        for (String field :
                new String[] {TextAnalyzers.TEXT_EN, TextAnalyzers.TEXT_SV, TextAnalyzers.FOLDED, TextAnalyzers.HEADING
                }) {
            BM25Similarity similarity = (BM25Similarity) scoring.get(field);
            assertThat(similarity.getK1()).isEqualTo(1.2f);
            assertThat(similarity.getB()).isEqualTo(0.75f);
        }
    }
}
