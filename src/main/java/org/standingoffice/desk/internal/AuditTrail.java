package org.standingoffice.desk.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.standingoffice.desk.AuditEvent;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatus;

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
        jdbc.sql("insert into audit_event (question_id, action, actor, occurred_at, from_status, to_status, detail)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(questionId, action, actor, Timestamp.from(at), name(from), name(to), detail)
                .update();
    }

    List<AuditEvent> of(long questionId) {
        return jdbc.sql("select * from audit_event where question_id = ? order by id")
                .param(questionId)
                .query((rs, row) -> new AuditEvent(
                        rs.getLong("id"),
                        new QuestionId(rs.getLong("question_id")),
                        rs.getString("action"),
                        rs.getString("actor"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        status(rs.getString("from_status")),
                        status(rs.getString("to_status")),
                        rs.getString("detail")))
                .list();
    }

    private static String name(QuestionStatus status) {
        return status == null ? null : status.name();
    }

    private static QuestionStatus status(String name) {
        return name == null ? null : QuestionStatus.valueOf(name);
    }
}
