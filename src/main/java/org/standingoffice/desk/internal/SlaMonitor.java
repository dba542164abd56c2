package org.standingoffice.desk.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.standingoffice.desk.Actor;
import org.standingoffice.desk.AuditAction;
import org.standingoffice.desk.DeskProperties;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.SlaBreached;
import org.standingoffice.desk.SlaReminderDue;

/**
 * Reminds staff before a question's stage is due and records the breach after. Each reminder
 * and breach is recorded once, even with several instances checking: the row update that claims
 * it succeeds for one of them only.
 */
@Component
class SlaMonitor {

    private final Questions questions;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final DeskProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SlaMonitor(
            Questions questions,
            AuditTrail audit,
            JdbcClient jdbc,
            DeskProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.questions = questions;
        this.audit = audit;
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${office.desk.sla-check-interval:1m}", initialDelayString = "10s")
    @Transactional
    public void check() {
        Instant now = clock.instant();
        for (Question question : questions.findDueBefore(now.plus(properties.reminderBefore()))) {
            if (question.remindedAt == null && claim(question.id, "reminded_at", now)) {
                audit.append(
                        question.id,
                        AuditEntry.of(
                                AuditAction.SLA_REMINDER, Actor.SYSTEM.name(), question.status, question.status, now));
                if (question.dueAt.isAfter(now)) {
                    events.publishEvent(new SlaReminderDue(
                            new QuestionId(question.id), question.officeId, question.assignee, question.dueAt));
                }
            }
            if (!question.dueAt.isAfter(now) && claim(question.id, "breached_at", now)) {
                audit.append(
                        question.id,
                        AuditEntry.of(
                                AuditAction.SLA_BREACHED, Actor.SYSTEM.name(), question.status, question.status, now));
                events.publishEvent(new SlaBreached(new QuestionId(question.id), question.officeId, question.dueAt));
            }
        }
    }

    private boolean claim(long questionId, String column, Instant now) {
        return jdbc.sql("update question set " + column + " = ? where id = ? and " + column + " is null")
                        .params(Timestamp.from(now), questionId)
                        .update()
                == 1;
    }
}
