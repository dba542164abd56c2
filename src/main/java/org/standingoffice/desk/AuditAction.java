package org.standingoffice.desk;

/**
 * What happened to a question, one per audit event. Stored by name: a new action is added at the
 * end and an existing one never renamed, since the trail is append-only.
 */
public enum AuditAction {
    /** The question arrived; {@link AuditEvent#office()} is the office it was first routed to. */
    RECEIVED,
    /** The machine draft is ready and awaits approval. */
    DRAFTED,
    /** Staff took the question; {@link AuditEvent#assignee()} holds it now. */
    CLAIMED,
    /** The question was given to {@link AuditEvent#assignee()}. */
    ASSIGNED,
    /** The answer went out; {@link AuditEvent#outcome()} says how, {@link AuditEvent#registerNumber()} where. */
    ANSWERED,
    /** A registered answer this question got was reviewed and kept. */
    ANSWER_CONFIRMED,
    /** A registered answer this question got was reviewed and amended; the asker gets the revision. */
    ANSWER_REVISED,
    CLOSED,
    /** The channel delivered the answer. */
    DELIVERED,
    /** The asker changed the question; the detail is the former text. */
    EDITED,
    /**
     * The question went to staff: by the decision (with {@link AuditEvent#escalation()}), by staff
     * (with their reason, or the {@link Outcome#REJECTED} outcome) or by the asker reopening it.
     */
    ESCALATED,
    SLA_REMINDER,
    SLA_BREACHED,
    /** An internal note for staff; never shown to the asker. */
    NOTE,
    /** Staff set the asker's commune and province; the detail names them. */
    PLACE_SET
}
