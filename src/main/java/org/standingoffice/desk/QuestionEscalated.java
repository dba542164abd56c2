package org.standingoffice.desk;

/**
 * Published when a question needs a person: the documents do not answer it, staff rejected the
 * draft or escalated it, or the asker said the answer did not resolve it.
 *
 * @param reopenedByAsker whether the asker said the answer did not resolve it: the asker's channel
 *     then confirms the question went back to staff, as its one reply to the asker's press
 */
public record QuestionEscalated(QuestionId id, String office, String reason, boolean reopenedByAsker) {

    /** An escalation by the desk or by staff. */
    public QuestionEscalated(QuestionId id, String office, String reason) {
        this(id, office, reason, false);
    }
}
