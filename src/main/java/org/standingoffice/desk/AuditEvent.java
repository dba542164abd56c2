package org.standingoffice.desk;

import java.time.Instant;
import org.standingoffice.drafting.Escalation;

/**
 * One entry of a question's append-only history. Everything a reader counts or translates is a
 * typed field; {@code detail} is only what a person wrote, shown as written and never parsed.
 *
 * @param actor a staff member's user name, an asker as {@code channel:reference}, or {@link
 *     Actor#SYSTEM}'s name
 * @param channel where the actor acted ("console", "api", "telegram"), or {@code null} for the
 *     service itself
 * @param detail what a person wrote with the action (a reason, a note, the question's former text,
 *     a place), or {@code null}
 * @param outcome what became of the draft, for the actions that decide it; {@code null} otherwise
 * @param escalation why the decision escalated the question, for an escalation by the desk itself;
 *     {@code null} otherwise
 * @param facts what the action was about: an office, an assignee, a register number
 */
public record AuditEvent(
        long id,
        QuestionId question,
        AuditAction action,
        String actor,
        String channel,
        Instant at,
        QuestionStatus from,
        QuestionStatus to,
        String detail,
        Outcome outcome,
        Escalation escalation,
        Facts facts) {

    /**
     * @param office the office a received question went to ({@link AuditAction#RECEIVED})
     * @param assignee who holds the question after a claim or an assignment
     * @param previousAssignee who held it before an assignment, or {@code null}
     * @param registerNumber the answer register's entry of an answer or a review
     */
    public record Facts(String office, String assignee, String previousAssignee, Long registerNumber) {

        public static final Facts NONE = new Facts(null, null, null, null);

        public static Facts office(String office) {
            return new Facts(office, null, null, null);
        }

        public static Facts assignment(String previous, String assignee) {
            return new Facts(null, assignee, previous, null);
        }

        public static Facts register(long number) {
            return new Facts(null, null, null, number);
        }
    }

    public AuditEvent {
        facts = facts == null ? Facts.NONE : facts;
    }

    /** Staff's internal note: shown to staff only, never to the asker. */
    public boolean internal() {
        return action == AuditAction.NOTE;
    }

    /** Recorded by the service itself (drafting, delivery, SLA checks), not by a person. */
    public boolean bySystem() {
        return Actor.SYSTEM.name().equals(actor);
    }

    public String office() {
        return facts.office();
    }

    public String assignee() {
        return facts.assignee();
    }

    public Long registerNumber() {
        return facts.registerNumber();
    }
}
