package org.standingoffice.desk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.standingoffice.desk.AuditEvent;
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

    void record(
            long questionId,
            String action,
            String actor,
            QuestionStatus from,
            QuestionStatus to,
            String detail,
            Instant at) {
        record(questionId, action, actor, from, to, detail, null, null, at);
    }

    /** An event that decides the draft's outcome or escalates for a typed cause. */
    void record(
            long questionId,
            String action,
            String actor,
            QuestionStatus from,
            QuestionStatus to,
            String detail,
            Outcome outcome,
            Escalation escalation,
            Instant at) {
        jdbc.sql("insert into audit_event (question_id, action, actor, occurred_at, from_status, to_status, detail,"
                        + " outcome, escalation) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        questionId,
                        action,
                        actor,
                        Timestamp.from(at),
                        name(from),
                        name(to),
                        detail,
                        outcome == null ? null : outcome.name(),
                        escalation == null ? null : escalation.name())
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
        return new AuditEvent(
                rs.getLong("id"),
                new QuestionId(rs.getLong("question_id")),
                rs.getString("action"),
                rs.getString("actor"),
                rs.getTimestamp("occurred_at").toInstant(),
                status(rs.getString("from_status")),
                status(rs.getString("to_status")),
                rs.getString("detail"),
                outcome == null ? null : Outcome.valueOf(outcome),
                escalation == null ? null : Escalation.valueOf(escalation));
    }

    private static String name(QuestionStatus status) {
        return status == null ? null : status.name();
    }

    private static QuestionStatus status(String name) {
        return name == null ? null : QuestionStatus.valueOf(name);
    }
}
