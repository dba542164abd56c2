package org.standingoffice.desk;

import java.time.Instant;
import org.standingoffice.drafting.Escalation;

/**
 * One entry of a question's append-only history.
 *
 * @param detail what a person wrote with the action (a reason, a note), or the desk's own remark;
 *     {@code null} when there is none. Never parsed: what matters is in the typed fields
 * @param outcome what became of the draft, for the actions that decide it; {@code null} otherwise
 * @param escalation why the decision escalated the question, for an escalation by the desk itself;
 *     {@code null} otherwise
 */
public record AuditEvent(
        long id,
        QuestionId question,
        String action,
        String actor,
        Instant at,
        QuestionStatus from,
        QuestionStatus to,
        String detail,
        Outcome outcome,
        Escalation escalation) {

    /** The action of an internal note (see {@link Desk#note}). */
    public static final String NOTE = "NOTE";

    /** An event with neither outcome nor escalation cause. */
    public AuditEvent(
            long id,
            QuestionId question,
            String action,
            String actor,
            Instant at,
            QuestionStatus from,
            QuestionStatus to,
            String detail) {
        this(id, question, action, actor, at, from, to, detail, null, null);
    }

    /** Staff's internal note: shown to staff only, never to the asker. */
    public boolean internal() {
        return NOTE.equals(action);
    }
}
