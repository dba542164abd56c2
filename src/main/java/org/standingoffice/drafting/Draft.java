package org.standingoffice.drafting;

import java.util.List;

/**
 * A proposed answer for staff to approve, edit or reject.
 *
 * @param text the answer in the asker's language, quoting the documents; for an escalated
 *     question, the notice that staff will answer
 * @param drafter which drafter wrote it, shown to staff
 */
public record Draft(String text, List<Citation> citations, Decision decision, String drafter) {

    public Draft {
        citations = List.copyOf(citations);
    }
}
