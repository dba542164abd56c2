package org.standingoffice.desk;

import java.time.Instant;
import java.util.List;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.Escalation;
import org.standingoffice.drafting.StaffNotes;

/**
 * One version of an answer: the machine draft, or the text staff finally sent.
 *
 * @param kind {@code MACHINE} or {@code FINAL}
 * @param text for a machine draft, exactly what the asker receives if staff approve it unchanged
 *     (an escalated question's suggestion, possibly empty); for a final one, what was sent
 * @param escalation why the decision escalated the question; {@link Escalation#NONE} for a draft
 *     that answers, {@code null} for a final answer and for drafts stored before it was recorded
 * @param notes the notes for staff of a machine draft, never sent; {@code null} for a final answer
 *     and for drafts stored before notes were
 */
public record DraftView(
        String kind,
        String text,
        List<Citation> citations,
        String drafter,
        Instant createdAt,
        String createdBy,
        Escalation escalation,
        StaffNotes notes) {

    /** Whether this is an escalated question's low-confidence suggestion. */
    public boolean suggestion() {
        return escalation != null && escalation != Escalation.NONE && !text.isBlank();
    }

    /** Whether a guardrail (injection attempt, personal data, out of scope) stopped the question. */
    public boolean guardrail() {
        return escalation != null && escalation.guardrail();
    }
}
