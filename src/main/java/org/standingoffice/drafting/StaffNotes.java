package org.standingoffice.drafting;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What staff should know about a draft before sending it, shown beside the answer and never in it.
 * Typed, so every channel renders it in its reader's language.
 *
 * @param confidence the decision's confidence that the documents answer the question, 0–1
 * @param level {@code confidence} in the steps staff read; {@link ConfidenceLevel#LOW} exactly when
 *     the question was escalated, whatever the number
 * @param threshold the confidence at or above which the decision drafts an answer, the one it held
 *     this question to; {@code null} for notes stored before it was recorded
 * @param reasons what the decision found against answering, most telling first (the question's
 *     words no top passage carries, a date asked for that no passage names…), rendered in words
 * @param unverified what nobody checked word for word against the documents
 * @param quoteLanguages the languages (ISO 639-1) of quotes that are not in the asker's language,
 *     each once, in the order quoted; such quotes stay verbatim and are not translated
 * @param passages the best passages found, best first, also when the question was escalated or a
 *     guardrail stopped it, so staff can answer from them
 */
public record StaffNotes(
        double confidence,
        ConfidenceLevel level,
        Double threshold,
        List<Assessment.Reason> reasons,
        Set<Unverified> unverified,
        List<String> quoteLanguages,
        List<PassageExcerpt> passages) {

    public StaffNotes {
        passages = List.copyOf(passages);
        Objects.requireNonNull(level);
        reasons = List.copyOf(reasons);
        unverified = Set.copyOf(unverified);
        quoteLanguages = List.copyOf(quoteLanguages);
    }

    /** Notes that say only how confident the decision is. */
    public static StaffNotes of(double confidence, ConfidenceLevel level) {
        return new StaffNotes(confidence, level, null, List.of(), Set.of(), List.of(), List.of());
    }

    /** The same notes with the threshold the decision held the confidence to. */
    public StaffNotes withThreshold(double answerThreshold) {
        return new StaffNotes(confidence, level, answerThreshold, reasons, unverified, quoteLanguages, passages);
    }

    /** Whether the decision escalated the question rather than drafting an answer for it. */
    public boolean escalated() {
        return level == ConfidenceLevel.LOW;
    }

    /** The same notes with the decision's reasons against answering. */
    public StaffNotes withReasons(List<Assessment.Reason> found) {
        return new StaffNotes(confidence, level, threshold, found, unverified, quoteLanguages, passages);
    }

    /** The same notes with one more thing nobody verified. */
    public StaffNotes with(Unverified more) {
        Set<Unverified> all = new java.util.HashSet<>(unverified);
        all.add(more);
        return new StaffNotes(confidence, level, threshold, reasons, all, quoteLanguages, passages);
    }

    /** The same notes naming the languages of quotes not in the asker's language. */
    public StaffNotes withQuoteLanguages(List<String> languages) {
        return new StaffNotes(confidence, level, threshold, reasons, unverified, languages, passages);
    }

    /** The same notes with the best passages found. */
    public StaffNotes withPassages(List<PassageExcerpt> best) {
        return new StaffNotes(confidence, level, threshold, reasons, unverified, quoteLanguages, best);
    }
}
