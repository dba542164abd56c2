package org.standingoffice.desk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.standingoffice.desk.AuditAction;
import org.standingoffice.desk.AuditEvent;
import org.standingoffice.desk.AuditEvent.Facts;
import org.standingoffice.desk.Outcome;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.drafting.Escalation;

/** The append-only history of every question: there is no update or delete path, by design. */
@Component
class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(long questionId, AuditEntry entry) {
        jdbc.sql("insert into audit_event (question_id, action, actor, occurred_at, from_status, to_status, detail,"
                        + " outcome, escalation, office_id, assignee, previous_assignee, register_no, channel)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        questionId,
                        entry.action().name(),
                        entry.actor(),
                        Timestamp.from(entry.at()),
                        name(entry.from()),
                        name(entry.to()),
                        entry.detail(),
                        entry.outcome() == null ? null : entry.outcome().name(),
                        entry.escalation() == null ? null : entry.escalation().name(),
                        entry.facts().office(),
                        entry.facts().assignee(),
                        entry.facts().previousAssignee(),
                        entry.facts().registerNumber(),
                        entry.channel())
                .update();
    }

    List<AuditEvent> of(long questionId) {
        return jdbc.sql("select * from audit_event where question_id = ? order by id")
                .param(questionId)
                .query(AuditTrail::event)
                .list();
    }

    /** One row of {@code audit_event}, for every reader of the trail. */
    static AuditEvent event(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        String escalation = rs.getString("escalation");
        long register = rs.getLong("register_no");
        Long registerNumber = rs.wasNull() ? null : register;
        return new AuditEvent(
                rs.getLong("id"),
                new QuestionId(rs.getLong("question_id")),
                AuditAction.valueOf(rs.getString("action")),
                rs.getString("actor"),
                rs.getString("channel"),
                rs.getTimestamp("occurred_at").toInstant(),
                status(rs.getString("from_status")),
                status(rs.getString("to_status")),
                rs.getString("detail"),
                outcome == null ? null : Outcome.valueOf(outcome),
                escalation == null ? null : Escalation.valueOf(escalation),
                new Facts(
                        rs.getString("office_id"),
                        rs.getString("assignee"),
                        rs.getString("previous_assignee"),
                        registerNumber));
    }

    private static String name(QuestionStatus status) {
        return status == null ? null : status.name();
    }

    private static QuestionStatus status(String name) {
        return name == null ? null : QuestionStatus.valueOf(name);
    }
}
