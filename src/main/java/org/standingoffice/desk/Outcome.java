package org.standingoffice.desk;

/**
 * What became of a question's draft, recorded by the desk on the audit event of the action that
 * decided it; reports count these instead of reading the events' details.
 */
public enum Outcome {
    /** Staff sent the machine draft as it was (line endings and trailing spaces aside). */
    APPROVED_AS_DRAFTED,
    /** Staff changed the machine draft before sending it. */
    EDITED,
    /** Staff rejected the machine draft; the question went on to be answered by hand. */
    REJECTED,
    /** Staff wrote the answer to an escalated question. */
    ANSWERED_BY_HAND,
    /** The office's auto-reply sent a registered answer to the same question. */
    AUTO_REPLY,
    /** Staff closed the question without an answer, giving the reason. */
    CLOSED_UNANSWERED
}
