package org.standingoffice.drafting;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What staff should know about a draft before sending it, shown beside the answer and never in it.
 * Typed, so every channel renders it in its reader's language.
 *
 * @param confidence the decision's confidence that the documents answer the question, 0–1
 * @param level {@code confidence} in the steps staff read
 * @param coveredTerms words of the question the best passages carry, as the asker wrote them
 *     (empty when the decision did not say); with {@code uncoveredTerms} the reason in words: "the
 *     documents speak of the Standing Offices but not of salaries"
 * @param uncoveredTerms words of the question no best passage carries, as the asker wrote them
 * @param unverified what nobody checked word for word against the documents
 * @param quoteLanguages the languages (ISO 639-1) of quotes that are not in the asker's language,
 *     each once, in the order quoted; such quotes stay verbatim and are not translated
 * @param passages the best passages found, best first, also when the question was escalated or a
 *     guardrail stopped it, so staff can answer from them
 */
public record StaffNotes(
        double confidence,
        ConfidenceLevel level,
        List<String> coveredTerms,
        List<String> uncoveredTerms,
        Set<Unverified> unverified,
        List<String> quoteLanguages,
        List<PassageExcerpt> passages) {

    public StaffNotes {
        passages = List.copyOf(passages);
        Objects.requireNonNull(level);
        coveredTerms = List.copyOf(coveredTerms);
        uncoveredTerms = List.copyOf(uncoveredTerms);
        unverified = Set.copyOf(unverified);
        quoteLanguages = List.copyOf(quoteLanguages);
    }

    /** Notes that say only how confident the decision is. */
    public static StaffNotes of(double confidence, ConfidenceLevel level) {
        return new StaffNotes(confidence, level, List.of(), List.of(), Set.of(), List.of(), List.of());
    }

    /** The same notes with the decision's account of which question words the passages carry. */
    public StaffNotes withTerms(List<String> covered, List<String> uncovered) {
        return new StaffNotes(confidence, level, covered, uncovered, unverified, quoteLanguages, passages);
    }

    /** The same notes with one more thing nobody verified. */
    public StaffNotes with(Unverified more) {
        Set<Unverified> all = new java.util.HashSet<>(unverified);
        all.add(more);
        return new StaffNotes(confidence, level, coveredTerms, uncoveredTerms, all, quoteLanguages, passages);
    }

    /** The same notes naming the languages of quotes not in the asker's language. */
    public StaffNotes withQuoteLanguages(List<String> languages) {
        return new StaffNotes(confidence, level, coveredTerms, uncoveredTerms, unverified, languages, passages);
    }

    /** The same notes with the best passages found. */
    public StaffNotes withPassages(List<PassageExcerpt> best) {
        return new StaffNotes(confidence, level, coveredTerms, uncoveredTerms, unverified, quoteLanguages, best);
    }
}
