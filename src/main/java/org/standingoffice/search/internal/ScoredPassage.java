package org.standingoffice.search.internal;

import org.standingoffice.knowledge.Passage;

/** A passage and its fused score. */
record ScoredPassage(Passage passage, double score) {}
