package org.standingoffice.search;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Index location and retrieval tuning. The defaults are the values measured best on the
 * labelled sets (see the README's "Retrieval quality").
 *
 * @param indexDir where the Lucene index lives, {@code <data-dir>/index}
 * @param indexOnStartup synchronise the index with the knowledge base when the application starts
 * @param rrfK the k of a passage's reciprocal rank score, 1 / (k + rank): larger flattens the
 *     difference between top ranks
 * @param candidates how many lexical hits are ranked, folded and checked for coverage
 * @param cacheSize how many recent questions' results are kept
 * @param reading how questions are read before search: diacritics restored, slips corrected
 */
@Validated
@ConfigurationProperties("office.search")
public record SearchProperties(
        @NotNull Path indexDir,
        @DefaultValue("true") boolean indexOnStartup,
        @Min(1) @DefaultValue("60") int rrfK,
        @Min(1) @DefaultValue("50") int candidates,
        @Min(0) @DefaultValue("1000") int cacheSize,
        @Valid @NotNull @DefaultValue Lexical lexical,
        @Valid @NotNull @DefaultValue Confidence confidence,
        @Valid @NotNull @DefaultValue Reading reading) {

    /** The one constructor properties bind to. */
    @ConstructorBinding
    public SearchProperties {}

    /** With the default {@link Reading}. */
    public SearchProperties(
            Path indexDir,
            boolean indexOnStartup,
            int rrfK,
            int candidates,
            int cacheSize,
            Lexical lexical,
            Confidence confidence) {
        this(indexDir, indexOnStartup, rrfK, candidates, cacheSize, lexical, confidence, Reading.DEFAULTS);
    }

    /**
     * Boosts of the lexical clauses relative to the question's own-language field (1.0).
     *
     * @param headingWords the question's words in a passage's heading alone (an article's title)
     * @param headingBigrams the question's adjacent-word pairs in a passage's heading alone
     * @param citedSection a passage whose section the question cites by number ("Điều 6") in a
     *     document it names: almost a pointer, so it outweighs the words
     * @param syllables how BM25 scores the Vietnamese syllable and syllable-pair fields
     */
    public record Lexical(
            @DecimalMin("0") @DefaultValue("1.0") double bigrams,
            @DecimalMin("0") @DefaultValue("0.3") double folded,
            @DecimalMin("0") @DefaultValue("0.3") double foldedBigrams,
            @DecimalMin("0") @DefaultValue("1.0") double glossary,
            @DecimalMin("0") @DefaultValue("8.0") double documentNumber,
            @DecimalMin("0") @DefaultValue("2.0") double deadline,
            @DecimalMin("0") @DefaultValue("0.2") double headingWords,
            @DecimalMin("0") @DefaultValue("0.2") double headingBigrams,
            @DecimalMin("0") @DefaultValue("4.0") double citedSection,
            @Valid @NotNull @DefaultValue Saturation syllables) {

        public static final Lexical DEFAULTS =
                new Lexical(1.0, 0.3, 0.3, 1.0, 8.0, 2.0, 0.2, 0.2, 4.0, Saturation.VIETNAMESE_SYLLABLES);

        /** The one constructor properties bind to. */
        @ConstructorBinding
        public Lexical {}

        /** With the default heading, cited-section and syllable scoring. */
        public Lexical(
                double bigrams,
                double folded,
                double foldedBigrams,
                double glossary,
                double documentNumber,
                double deadline) {
            this(
                    bigrams,
                    folded,
                    foldedBigrams,
                    glossary,
                    documentNumber,
                    deadline,
                    DEFAULTS.headingWords(),
                    DEFAULTS.headingBigrams(),
                    DEFAULTS.citedSection(),
                    Saturation.VIETNAMESE_SYLLABLES);
        }
    }

    /**
     * BM25's term-frequency saturation {@code k1} and length normalisation {@code b} (Lucene's
     * defaults are 1.2 and 0.75).
     */
    public record Saturation(
            @DecimalMin("0") @DefaultValue("0.7") double k1,

            @DecimalMin("0") @DecimalMax("1.0") @DefaultValue("0.5")
            double b) {

        /**
         * Measured on ALQAC's half {@code calibrate} fits on: a Vietnamese word is two or three
         * syllables, and a long article repeats the syllables of its subject so often that
         * Lucene's defaults let them outweigh the question's rarer words (with the heading clauses,
         * R@1 .883 against .864 there, and .838 against .804 on the other half). Only those fields:
         * on the labelled English and Swedish questions the same values cost R@1.
         */
        public static final Saturation VIETNAMESE_SYLLABLES = new Saturation(0.7, 0.5);
    }

    /**
     * The logistic curve mapping how much of the question the best passage covers (IDF-weighted,
     * 0–1) to the probability that it answers the question.
     */
    public record Confidence(
            @DecimalMin("0") @DefaultValue("10.0") double slope,
            @DefaultValue("0.6") double midpoint) {}

    /**
     * How a question is read before search.
     *
     * @param restoreDominance the share of a folded phrase's occurrences in the vocabulary that one
     *     accented form must hold for plain text to be given its diacritics (0.5–1; 1 restores only
     *     phrases with one form)
     * @param vocabularyMinDocFreq index words and syllable pairs in fewer passages than this are left
     *     out of the vocabulary: rare forms are often typos, and a large corpus has millions
     * @param spellingMinLength English words shorter than this are never corrected
     * @param spellingAccuracy how similar (0–1) a correction must be to the typed word
     */
    public record Reading(
            @DecimalMin("0.5") @DecimalMax("1.0") @DefaultValue("0.9")
            double restoreDominance,

            @Min(1) @DefaultValue("2") int vocabularyMinDocFreq,
            @Min(3) @DefaultValue("5") int spellingMinLength,

            @DecimalMin("0") @DecimalMax("1.0") @DefaultValue("0.75")
            double spellingAccuracy) {

        public static final Reading DEFAULTS = new Reading(0.9, 2, 5, 0.75);
    }
}
