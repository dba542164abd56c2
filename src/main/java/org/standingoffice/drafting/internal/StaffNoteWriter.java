package org.standingoffice.drafting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.standingoffice.drafting.Assessment;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.ConfidenceLevel;
import org.standingoffice.drafting.Decision;
import org.standingoffice.drafting.Draft;
import org.standingoffice.drafting.DraftingProperties;
import org.standingoffice.drafting.Issuance;
import org.standingoffice.drafting.PassageExcerpt;
import org.standingoffice.drafting.StaffNotes;
import org.standingoffice.drafting.Unverified;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievedPassage;

/**
 * Writes the notes for staff of every draft, whichever drafter made it, from what retrieval found:
 * the confidence and its level, what nobody verified word for word, and which quotes are in
 * another language than the asker's. One place, so the console and the staff card say the same.
 *
 * <p>The confidence and the reasons are the decision's {@link Assessment}: staff read the same
 * calibrated number the decision used, and its reasons in words.
 */
final class StaffNoteWriter {

    /** Characters of a passage shown beside a draft: a sentence or two, enough to recognise it. */
    private static final int EXCERPT = 220;

    private final DraftingProperties properties;

    StaffNoteWriter(DraftingProperties properties) {
        this.properties = properties;
    }

    Draft annotate(Draft draft, RetrievalResult result, Assessment assessment) {
        double confidence = assessment.confidence();
        StaffNotes notes = StaffNotes.of(confidence, level(confidence, draft.decision()))
                .withThreshold(assessment.threshold())
                .withReasons(assessment.reasons())
                .withQuoteLanguages(quoteLanguages(draft.citations(), result))
                .withPassages(excerpts(result));
        if (draft.fellBack()) {
            notes = notes.with(Unverified.MODEL_FALLBACK);
        } else if (draft.decision() == Decision.ANSWER && !draft.drafter().startsWith(ExtractiveDrafter.NAME)) {
            // A model's suggestion for an escalated question is the extractive one: quotes only.
            notes = notes.with(Unverified.MODEL_WORDING);
        }
        if (draft.isSuggestion()) {
            notes = notes.with(Unverified.MAY_NOT_ANSWER);
        }
        return draft.withNotes(notes);
    }

    /**
     * An escalated question's confidence is low whatever the number: the decision (or a guardrail)
     * said so; an answer's is high from {@code office.drafting.high-confidence}, else medium.
     */
    ConfidenceLevel level(double confidence, Decision decision) {
        if (decision == Decision.ESCALATE) {
            return ConfidenceLevel.LOW;
        }
        return confidence >= properties.highConfidence() ? ConfidenceLevel.HIGH : ConfidenceLevel.MEDIUM;
    }

    /**
     * The passages staff see beside the draft: as many as a draft may quote, best first, each
     * point once in the rendering the asker reads best (not an English summary beside its
     * Swedish translation).
     */
    private List<PassageExcerpt> excerpts(RetrievalResult result) {
        return Points.onePerPoint(result.passages(), result.language()).stream()
                .limit(properties.maxQuotedPassages())
                .map(RetrievedPassage::passage)
                .map(passage -> new PassageExcerpt(
                        passage.document().number(),
                        passage.section(),
                        passage.document().title(),
                        passage.document().language(),
                        PassageExcerpt.opening(passage.text(), EXCERPT),
                        Issuance.ofUnverified(passage.document())))
                .toList();
    }

    /** The languages of cited passages other than the asker's, each once, in citation order. */
    private static List<String> quoteLanguages(List<Citation> citations, RetrievalResult result) {
        Map<Citation, Passage> byCitation = result.passages().stream()
                .map(RetrievedPassage::passage)
                .collect(Collectors.toMap(Citation::of, Function.identity(), (first, second) -> first));
        List<String> languages = new ArrayList<>();
        for (Citation citation : citations) {
            Passage passage = byCitation.get(citation);
            if (passage == null) {
                continue;
            }
            String language = passage.document().language();
            if (language != null && !language.equalsIgnoreCase(result.language()) && !languages.contains(language)) {
                languages.add(language);
            }
        }
        return languages;
    }
}
