package org.standingoffice.search;

import java.util.Objects;
import org.standingoffice.knowledge.Passage;

/**
 * A passage found for a question.
 *
 * @param score the fused rank score (higher is better; comparable within one result only)
 * @param coverage the IDF-weighted share of the question's concepts the passage contains, 0–1
 * @param match the finer evidence of how it matches the question
 * @param point which document point the passage renders, a key that only compares: passages of one
 *     result with the same point are renderings of it (translations, a summary), to be quoted once
 */
public record RetrievedPassage(Passage passage, double score, double coverage, PassageMatch match, String point) {

    public RetrievedPassage {
        Objects.requireNonNull(match);
        Objects.requireNonNull(point);
    }

    /** A passage that is the only rendering of its point in its result. */
    public RetrievedPassage(Passage passage, double score, double coverage, PassageMatch match) {
        this(passage, score, coverage, match, passage.id());
    }

    /** A passage without the finer evidence (made up outside the search engine). */
    public RetrievedPassage(Passage passage, double score, double coverage) {
        this(passage, score, coverage, PassageMatch.unknown(coverage));
    }
}
