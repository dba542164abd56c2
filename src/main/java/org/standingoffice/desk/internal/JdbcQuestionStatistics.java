package org.standingoffice.desk.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.standingoffice.desk.AuditEvent;
import org.standingoffice.desk.DeskProperties;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatistics;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.drafting.Escalation;
import org.standingoffice.drafting.StaffNotes;

/** Plain SQL over the desk's tables; read-only, so it takes no locks. */
@Component
@Transactional(readOnly = true)
class JdbcQuestionStatistics implements QuestionStatistics {

    private static final String COLUMNS = "id, status, text, office_id, commune, province, assignee, received_at,"
            + " due_at, first_response_at, answered_at, breached_at, updated_at, updated_by";
    private static final List<String> OPEN = List.of(
            QuestionStatus.RECEIVED.name(), QuestionStatus.AWAITING_APPROVAL.name(), QuestionStatus.ESCALATED.name());

    /** A queue row's draft preview: one line of a wide table. */
    static final int PREVIEW = 120;

    private final JdbcClient jdbc;
    private final DraftStore drafts;
    private final AnswerRegister register;
    private final DeskProperties properties;

    JdbcQuestionStatistics(JdbcClient jdbc, DraftStore drafts, AnswerRegister register, DeskProperties properties) {
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.register = register;
        this.properties = properties;
    }

    @Override
    public Map<String, Long> citedDocuments(Instant from, Instant to) {
        return drafts.citedDocuments(from, to);
    }

    @Override
    public List<QuestionSummary> find(QuestionQuery query, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        params.put("limit", limit);
        return jdbc.sql("select " + COLUMNS + " from question" + where + orderBy(query.order()) + " limit :limit")
                .params(params)
                .query(JdbcQuestionStatistics::summary)
                .list();
    }

    @Override
    public long count(QuestionQuery query) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        return jdbc.sql("select count(*) from question" + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    @Override
    public List<QuestionSummary> receivedBetween(Instant from, Instant to) {
        return between("received_at", from, to);
    }

    @Override
    public List<QuestionSummary> answeredBetween(Instant from, Instant to) {
        return between("answered_at", from, to);
    }

    @Override
    public List<AuditEvent> eventsBetween(Instant from, Instant to) {
        return jdbc.sql("select * from audit_event where occurred_at >= ? and occurred_at < ? order by id")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query(AuditTrail::event)
                .list();
    }

    @Override
    public List<AuditEvent> lastEvents(Set<QuestionId> questions) {
        if (questions.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        questions.forEach(id -> ids.add(id.value()));
        return jdbc.sql("select * from audit_event where id in"
                        + " (select max(id) from audit_event where question_id in (:ids) group by question_id)")
                .param("ids", ids)
                .query(AuditTrail::event)
                .list();
    }

    @Override
    public List<RegisteredAnswerText> similarAnswers(QuestionId question, String text, int limit) {
        return register.mostSimilar(text, properties.referenceSimilarity(), limit + 1).stream()
                .filter(match -> match.entry().questionId() != question.value())
                .limit(limit)
                .map(match -> new RegisteredAnswerText(
                        match.entry().number(),
                        match.entry().question(),
                        match.entry().answer(),
                        match.overlap()))
                .toList();
    }

    @Override
    public Map<QuestionId, Triage> triage(Set<QuestionId> questions) {
        if (questions.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = questions.stream().map(QuestionId::value).toList();
        Map<Long, String> previews = new HashMap<>();
        // The latest draft of each question; an answer (FINAL) is later than the machine draft.
        jdbc.sql("select question_id, text from draft where id in"
                        + " (select max(id) from draft where question_id in (:ids) group by question_id)")
                .param("ids", ids)
                .query((rs, row) -> previews.put(rs.getLong("question_id"), preview(rs.getString("text"))))
                .list();
        Map<Long, Escalation> escalations = new HashMap<>();
        // The last escalation the desk itself made records its typed cause.
        jdbc.sql("select question_id, escalation from audit_event where id in (select max(id) from audit_event"
                        + " where question_id in (:ids) and action = 'ESCALATED' and escalation is not null"
                        + " group by question_id)")
                .param("ids", ids)
                .query((rs, row) ->
                        escalations.put(rs.getLong("question_id"), Escalation.valueOf(rs.getString("escalation"))))
                .list();
        Map<Long, StaffNotes> notes = drafts.latestMachineNotes(ids);
        Map<QuestionId, Triage> triage = new HashMap<>();
        jdbc.sql("select id, language, confidence from question where id in (:ids)")
                .param("ids", ids)
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    double confidence = rs.getDouble("confidence");
                    return triage.put(
                            new QuestionId(id),
                            new Triage(
                                    rs.getString("language"),
                                    rs.wasNull() ? null : confidence,
                                    previews.get(id),
                                    escalations.get(id),
                                    notes.get(id)));
                })
                .list();
        return triage;
    }

    @Override
    public List<QuestionSummary> askedBefore(QuestionId question, int limit) {
        return jdbc.sql("select " + COLUMNS.replaceAll("(\\w+)", "o.$1") + " from question o join question q"
                        + " on o.channel = q.channel and o.asker_ref = q.asker_ref and o.id <> q.id"
                        + " where q.id = ? order by o.received_at desc, o.id desc limit ?")
                .params(question.value(), limit)
                .query(JdbcQuestionStatistics::summary)
                .list();
    }

    /** The first line of a text, at most {@value #PREVIEW} characters, for a queue row. */
    static String preview(String text) {
        if (text == null) {
            return null;
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= PREVIEW ? line : line.substring(0, PREVIEW - 1).strip() + "…";
    }

    private static String orderBy(Order order) {
        return switch (order) {
            case AGE -> " order by received_at, id";
            case CONFIDENCE -> " order by case when confidence is null then 1 else 0 end, confidence, id";
            case DUE -> " order by case when due_at is null then 1 else 0 end, due_at, id";
        };
    }

    private List<QuestionSummary> between(String column, Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + " from question where " + column + " >= ? and " + column
                        + " < ? order by " + column + ", id")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query(JdbcQuestionStatistics::summary)
                .list();
    }

    private static String where(QuestionQuery query, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (!query.statuses().isEmpty()) {
            conditions.add("status in (:statuses)");
            params.put(
                    "statuses",
                    query.statuses().stream().map(QuestionStatus::name).toList());
        }
        if (query.office() != null && !query.office().isBlank()) {
            conditions.add("office_id = :office");
            params.put("office", query.office());
        }
        if (query.assignee() != null && !query.assignee().isBlank()) {
            conditions.add("assignee = :assignee");
            params.put("assignee", query.assignee());
        }
        if (query.overdueAt() != null) {
            conditions.add("status in (:open) and due_at < :overdueAt");
            params.put("open", OPEN);
            params.put("overdueAt", Timestamp.from(query.overdueAt()));
        }
        if (query.province() != null && !query.province().isBlank()) {
            conditions.add("province = :province");
            params.put("province", query.province());
        }
        if (query.receivedBefore() != null) {
            conditions.add("received_at < :receivedBefore");
            params.put("receivedBefore", Timestamp.from(query.receivedBefore()));
        }
        if (query.text() != null) {
            // LIKE on lower case works the same in H2 and PostgreSQL; the words are matched as
            // written, so "hạn" does not find "han" (staff search in Vietnamese with its marks).
            conditions.add("(lower(text) like :text escape '\\' or exists (select 1 from draft d"
                    + " where d.question_id = question.id and lower(d.text) like :text escape '\\'))");
            params.put("text", "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static QuestionSummary summary(ResultSet rs, int row) throws SQLException {
        return new QuestionSummary(
                new QuestionId(rs.getLong("id")),
                QuestionStatus.valueOf(rs.getString("status")),
                rs.getString("text"),
                rs.getString("office_id"),
                rs.getString("commune"),
                rs.getString("province"),
                rs.getString("assignee"),
                instant(rs, "received_at"),
                instant(rs, "due_at"),
                instant(rs, "first_response_at"),
                instant(rs, "answered_at"),
                instant(rs, "breached_at"),
                instant(rs, "updated_at"),
                rs.getString("updated_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
