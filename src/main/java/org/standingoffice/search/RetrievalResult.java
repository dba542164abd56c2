package org.standingoffice.search;

import java.util.List;

/**
 * The passages found for a question, best first, one per document point (versions and
 * translations of the same point are folded into the one in the asker's language, if any).
 *
 * @param question the question as typed
 * @param language the detected language of the question (ISO 639-1)
 * @param confidence the calibrated probability, 0–1, that the passages answer the question: from
 *     the best coverage among them
 * @param reading how the question was read: its normalised form, the answer type it asks for, the
 *     years and places it names
 */
public record RetrievalResult(
        String question, String language, List<RetrievedPassage> passages, double confidence, QuestionReading reading) {

    public RetrievalResult {
        passages = List.copyOf(passages);
        if (reading == null) {
            reading = QuestionReading.plain(question, language);
        }
    }

    /** A result whose question was taken as typed ({@link QuestionReading#plain}). */
    public RetrievalResult(String question, String language, List<RetrievedPassage> passages, double confidence) {
        this(question, language, passages, confidence, null);
    }
}
