package org.standingoffice.desk.internal;

import java.time.Instant;
import org.standingoffice.desk.AuditAction;
import org.standingoffice.desk.AuditEvent.Facts;
import org.standingoffice.desk.Outcome;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.drafting.Escalation;

/**
 * An audit event before it is stored: what a {@link Question} registers for each of its actions and
 * {@link AuditTrail} appends under the question's id.
 */
record AuditEntry(
        AuditAction action,
        String actor,
        QuestionStatus from,
        QuestionStatus to,
        Instant at,
        String detail,
        Outcome outcome,
        Escalation escalation,
        Facts facts) {

    static AuditEntry of(AuditAction action, String actor, QuestionStatus from, QuestionStatus to, Instant at) {
        return new AuditEntry(action, actor, from, to, at, null, null, null, Facts.NONE);
    }

    /** What a person wrote with the action. */
    AuditEntry detail(String text) {
        return new AuditEntry(action, actor, from, to, at, text, outcome, escalation, facts);
    }

    AuditEntry outcome(Outcome decided) {
        return new AuditEntry(action, actor, from, to, at, detail, decided, escalation, facts);
    }

    AuditEntry escalation(Escalation cause) {
        return new AuditEntry(action, actor, from, to, at, detail, outcome, cause, facts);
    }

    AuditEntry facts(Facts about) {
        return new AuditEntry(action, actor, from, to, at, detail, outcome, escalation, about);
    }
}
