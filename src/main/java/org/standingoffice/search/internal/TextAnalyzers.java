package org.standingoffice.search.internal;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * The analysers of the index, one per field. Each language has a field of its own (Lucene's
 * English and Swedish analysers; ICU syllables for Vietnamese), Vietnamese and the folded fields
 * also have a syllable-bigram twin — adjacent-syllable pairs approximate Vietnamese words, the
 * cheapest large gain on Vietnamese legal retrieval — and the folded fields strip diacritics so
 * "han chot bao cao" finds "hạn chót báo cáo". A passage's heading and its document's title also
 * have folded fields of their own, so matching them is not drowned by the length of the text.
 */
final class TextAnalyzers {

    static final String TEXT_EN = "text_en";
    static final String TEXT_SV = "text_sv";
    static final String TEXT_VI = "text_vi";
    static final String TEXT_VI_BIGRAMS = "text_vi2";
    static final String FOLDED = "folded";
    static final String FOLDED_BIGRAMS = "folded2";
    static final String DOCUMENT_NUMBER = "docnum";
    /** A passage's heading alone, folded: an article's title says what the article is about. */
    static final String HEADING = "heading_words";

    static final String HEADING_BIGRAMS = "heading_words2";
    /** The document's title alone as folded syllable pairs: which document a question names. */
    static final String TITLE_BIGRAMS = "title_words2";
    /** A numbered section's label as one folded keyword ("dieu 6"), see {@link SectionCitations}. */
    static final String SECTION = "section_key";

    private TextAnalyzers() {}

    /** The field holding a language's own analysis; folded text for languages without one. */
    static String languageField(String language) {
        return switch (language) {
            case "en" -> TEXT_EN;
            case "sv" -> TEXT_SV;
            case "vi" -> TEXT_VI;
            default -> FOLDED;
        };
    }

    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(
                new KeywordAnalyzer(),
                Map.of(
                        TEXT_EN, new EnglishAnalyzer(),
                        TEXT_SV, new SwedishAnalyzer(),
                        TEXT_VI, vietnamese(false),
                        TEXT_VI_BIGRAMS, vietnamese(true),
                        FOLDED, folded(false),
                        FOLDED_BIGRAMS, folded(true),
                        HEADING, folded(false),
                        HEADING_BIGRAMS, folded(true),
                        TITLE_BIGRAMS, folded(true)));
    }

    static Analyzer vietnamese(boolean bigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new ICUTokenizer();
                TokenStream stream = new ToneMarkFilter(new ICUNormalizer2Filter(tokenizer));
                return new TokenStreamComponents(tokenizer, bigrams ? bigramsOnly(stream) : stream);
            }
        };
    }

    static Analyzer folded(boolean bigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new ICUTokenizer();
                TokenStream stream = new ICUFoldingFilter(new LowerCaseFilter(tokenizer));
                return new TokenStreamComponents(tokenizer, bigrams ? bigramsOnly(stream) : stream);
            }
        };
    }

    private static TokenStream bigramsOnly(TokenStream stream) {
        ShingleFilter shingles = new ShingleFilter(stream, 2, 2);
        shingles.setOutputUnigrams(false);
        shingles.setOutputUnigramsIfNoShingles(false);
        return shingles;
    }
}
