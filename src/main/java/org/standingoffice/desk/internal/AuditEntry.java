package org.standingoffice.desk.internal;

import java.time.Instant;
import org.standingoffice.desk.Actor;
import org.standingoffice.desk.Asker;
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
        String channel,
        QuestionStatus from,
        QuestionStatus to,
        Instant at,
        String detail,
        Outcome outcome,
        Escalation escalation,
        Facts facts) {

    /** An action of the service itself or of a caller that names no channel. */
    static AuditEntry of(AuditAction action, String actor, QuestionStatus from, QuestionStatus to, Instant at) {
        return new AuditEntry(action, actor, null, from, to, at, null, null, null, Facts.NONE);
    }

    static AuditEntry of(AuditAction action, Actor actor, QuestionStatus from, QuestionStatus to, Instant at) {
        return new AuditEntry(action, actor.name(), actor.channel(), from, to, at, null, null, null, Facts.NONE);
    }

    static AuditEntry of(AuditAction action, Asker asker, QuestionStatus from, QuestionStatus to, Instant at) {
        return new AuditEntry(action, asker.actorName(), asker.channel(), from, to, at, null, null, null, Facts.NONE);
    }

    /** What a person wrote with the action. */
    AuditEntry detail(String text) {
        return new AuditEntry(action, actor, channel, from, to, at, text, outcome, escalation, facts);
    }

    AuditEntry outcome(Outcome decided) {
        return new AuditEntry(action, actor, channel, from, to, at, detail, decided, escalation, facts);
    }

    AuditEntry escalation(Escalation cause) {
        return new AuditEntry(action, actor, channel, from, to, at, detail, outcome, cause, facts);
    }

    AuditEntry facts(Facts about) {
        return new AuditEntry(action, actor, channel, from, to, at, detail, outcome, escalation, about);
    }
}
