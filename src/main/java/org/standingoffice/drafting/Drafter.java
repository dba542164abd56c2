package org.standingoffice.drafting;

import org.standingoffice.search.RetrievalResult;

/** Drafts an answer from what retrieval found. */
public interface Drafter {

    /**
     * A draft quoting and citing the retrieved passages, or an escalation when they do not
     * clear the confidence threshold. Never invents text the passages do not hold.
     */
    Draft draft(RetrievalResult result);
}
