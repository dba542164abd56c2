package org.standingoffice.search;

import org.standingoffice.knowledge.Passage;

/**
 * A passage found for a question.
 *
 * @param score the fused rank score (higher is better; comparable within one result only)
 * @param coverage the IDF-weighted share of the question's concepts the passage contains, 0–1
 */
public record RetrievedPassage(Passage passage, double score, double coverage) {}
