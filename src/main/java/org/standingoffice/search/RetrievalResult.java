package org.standingoffice.search;

import java.util.List;
import java.util.Objects;

/**
 * The passages found for a question, best first, one per document point (versions and
 * translations of the same point are folded into the one in the asker's language, if any).
 *
 * @param question the question as typed
 * @param language the detected language of the question (ISO 639-1)
 * @param confidence retrieval's own estimate, 0–1, from the best coverage among the passages; the
 *     answer decision (in {@code drafting}) weighs this with the other evidence
 * @param reading how the question was read: its normalised form, the answer type it asks for, the
 *     years and places it names
 * @param signals what the search knows about the question and the best passage as a whole
 */
public record RetrievalResult(
        String question,
        String language,
        List<RetrievedPassage> passages,
        double confidence,
        QuestionReading reading,
        RetrievalSignals signals) {

    public RetrievalResult {
        passages = List.copyOf(passages);
        if (reading == null) {
            reading = QuestionReading.plain(question, language);
        }
        Objects.requireNonNull(signals);
    }

    /** A result without search signals (merged results, tests). */
    public RetrievalResult(
            String question,
            String language,
            List<RetrievedPassage> passages,
            double confidence,
            QuestionReading reading) {
        this(question, language, passages, confidence, reading, RetrievalSignals.none());
    }

    /** A result whose question was taken as typed ({@link QuestionReading#plain}), without search signals. */
    public RetrievalResult(String question, String language, List<RetrievedPassage> passages, double confidence) {
        this(question, language, passages, confidence, null, RetrievalSignals.none());
    }
}
