package org.standingoffice.drafting;

import org.standingoffice.search.RetrievalResult;

/** Drafts an answer from what retrieval found. */
public interface Drafter {

    /**
     * A draft quoting and citing the retrieved passages, or an escalation when they do not clear
     * the confidence threshold, the question is out of scope or tries to inject instructions.
     * Never invents text the passages do not hold: a language model's draft is checked against
     * the passages and replaced by the extractive draft when it fails.
     */
    Draft draft(RetrievalResult result);
}
