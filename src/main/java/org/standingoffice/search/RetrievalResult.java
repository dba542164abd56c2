package org.standingoffice.search;

import java.util.List;

/**
 * The passages found for a question, best first, one per document point (versions and
 * translations of the same point are folded into the one in the asker's language, if any).
 *
 * @param language the detected language of the question (ISO 639-1)
 * @param confidence the calibrated probability, 0–1, that the passages answer the question: from
 *     the best coverage among them
 */
public record RetrievalResult(String question, String language, List<RetrievedPassage> passages, double confidence) {

    public RetrievalResult {
        passages = List.copyOf(passages);
    }
}
