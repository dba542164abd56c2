package org.standingoffice.search;

import java.util.List;
import java.util.Objects;

/**
 * The passages found for a question, best first, one per document point (versions and
 * translations of the same point are folded into the one in the asker's language, if any).
 *
 * @param language the detected language of the question (ISO 639-1)
 * @param confidence retrieval's own estimate, 0–1, from the best coverage among the passages; the
 *     answer decision (in {@code drafting}) weighs this with the other evidence
 * @param signals what the search knows about the question and the best passage as a whole
 */
public record RetrievalResult(
        String question,
        String language,
        List<RetrievedPassage> passages,
        double confidence,
        RetrievalSignals signals) {

    public RetrievalResult {
        passages = List.copyOf(passages);
        Objects.requireNonNull(signals);
    }

    /** A result without search signals (merged results, tests). */
    public RetrievalResult(String question, String language, List<RetrievedPassage> passages, double confidence) {
        this(question, language, passages, confidence, RetrievalSignals.none());
    }
}
