package org.standingoffice.search;

import java.util.List;
import java.util.Objects;

/**
 * What a search knows about the question and its best passage as a whole, for the answer
 * decision. Ratios are of BM25 scores of one query, so they compare across questions where raw
 * scores do not.
 *
 * @param unknownShare the IDF-weighted share of the question's content words that no indexed
 *     passage contains (typos, words of a language no document is in, things the documents never
 *     speak of), 0–1
 * @param unknownWords those words as typed
 * @param concepts how many glossary concepts the question names
 * @param overCorpus the natural log of the best BM25 score over the mean score of the lexical
 *     candidates: how far the best passage stands above the rest of the corpus
 * @param overOwnDocument 1 minus the best score of another passage of the best passage's document
 *     over the best score, 0–1 (1 when no other passage of that document was a candidate): how far it
 *     stands above the rest of its own document
 * @param margin how far the first passage's BM25 stands above the second's (another document point),
 *     as shares of the query's best BM25, 0–1; fused (reciprocal rank) scores would say nothing here,
 *     since consecutive ranks always differ by about the same
 * @param renderings how many renderings (versions, translations) of the best point were among the
 *     candidates: agreement across renderings
 * @param phrases how many pairs of adjacent question words some indexed passage also has side by
 *     side: how much the question says, in the index's own terms (a short question that a title
 *     answers reads differently from a long statement that must be found in an article's body)
 * @param vocabulary the question's content words the glossary maps and the index knows (reported by
 *     the evaluation; the decision does not read it)
 */
public record RetrievalSignals(
        double unknownShare,
        List<String> unknownWords,
        int concepts,
        double overCorpus,
        double overOwnDocument,
        double margin,
        int renderings,
        int phrases,
        QuestionVocabulary vocabulary) {

    public RetrievalSignals {
        unknownWords = List.copyOf(unknownWords);
        Objects.requireNonNull(vocabulary);
    }

    /** Signals without a count of the question's vocabulary. */
    public RetrievalSignals(
            double unknownShare,
            List<String> unknownWords,
            int concepts,
            double overCorpus,
            double overOwnDocument,
            double margin,
            int renderings,
            int phrases) {
        this(
                unknownShare,
                unknownWords,
                concepts,
                overCorpus,
                overOwnDocument,
                margin,
                renderings,
                phrases,
                QuestionVocabulary.none());
    }

    /** For results without a search behind them (no passages, tests). */
    public static RetrievalSignals none() {
        return none(QuestionVocabulary.none());
    }

    /** For a search that found no passage: only the question's vocabulary is known. */
    public static RetrievalSignals none(QuestionVocabulary vocabulary) {
        return new RetrievalSignals(0, List.of(), 0, 0, 0, 0, 0, 0, vocabulary);
    }
}
