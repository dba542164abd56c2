package org.standingoffice.desk.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.standingoffice.desk.Actor;
import org.standingoffice.desk.DraftView;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.Draft;
import org.standingoffice.drafting.Escalation;
import org.standingoffice.drafting.StaffNotes;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versions of a question's answer, kept side by side: the machine draft and the text staff
 * finally sent, so reports can tell unchanged, edited and rejected drafts apart. Rows are only
 * ever added.
 */
@Component
class DraftStore {

    static final String MACHINE = "MACHINE";
    static final String FINAL = "FINAL";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    DraftStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The notes for staff of each question's latest machine draft; none for drafts stored before notes. */
    Map<Long, StaffNotes> latestMachineNotes(Collection<Long> questionIds) {
        Map<Long, StaffNotes> notes = new HashMap<>();
        if (questionIds.isEmpty()) {
            return notes;
        }
        jdbc.sql("select question_id, notes from draft where id in (select max(id) from draft"
                        + " where question_id in (:ids) and kind = :kind group by question_id)")
                .param("ids", questionIds)
                .param("kind", MACHINE)
                .query((rs, row) -> {
                    String stored = rs.getString("notes");
                    if (stored != null) {
                        notes.put(rs.getLong("question_id"), json.readValue(stored, StaffNotes.class));
                    }
                    return null;
                })
                .list();
        return notes;
    }

    /** The machine draft: the answer, and beside it why it was escalated and the notes for staff. */
    void addMachine(long questionId, Draft draft, Instant at) {
        insert(
                questionId,
                MACHINE,
                draft.text(),
                draft.citations(),
                draft.drafter(),
                Actor.SYSTEM.name(),
                at,
                draft.escalation(),
                draft.notes());
    }

    /** The text staff finally sent. */
    void addFinal(long questionId, String text, List<Citation> citations, String by, Instant at) {
        insert(questionId, FINAL, text, citations, "staff", by, at, null, null);
    }

    private void insert(
            long questionId,
            String kind,
            String text,
            List<Citation> citations,
            String drafter,
            String by,
            Instant at,
            Escalation escalation,
            StaffNotes notes) {
        jdbc.sql("insert into draft (question_id, kind, text, citations, drafter, created_at, created_by,"
                        + " escalation, notes) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        questionId,
                        kind,
                        text,
                        json.writeValueAsString(citations),
                        drafter,
                        java.sql.Timestamp.from(at),
                        by,
                        escalation == null ? null : escalation.name(),
                        notes == null ? null : json.writeValueAsString(notes))
                .update();
    }

    Optional<DraftView> latest(long questionId, String kind) {
        return jdbc
                .sql("select kind, text, citations, drafter, created_at, created_by, escalation, notes from draft"
                        + " where question_id = ? and kind = ? order by id desc")
                .params(questionId, kind)
                .query((rs, row) -> new DraftView(
                        rs.getString("kind"),
                        rs.getString("text"),
                        json.readValue(rs.getString("citations"), new TypeReference<List<Citation>>() {}),
                        rs.getString("drafter"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("created_by"),
                        rs.getString("escalation") == null ? null : Escalation.valueOf(rs.getString("escalation")),
                        rs.getString("notes") == null ? null : json.readValue(rs.getString("notes"), StaffNotes.class)))
                .stream()
                .findFirst();
    }

    /**
     * How many final answers written in {@code [from, to)} cite each document; an answer citing
     * several points of one document counts once for it.
     */
    Map<String, Long> citedDocuments(Instant from, Instant to) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select citations from draft where kind = ? and created_at >= ? and created_at < ?")
                .params(FINAL, java.sql.Timestamp.from(from), java.sql.Timestamp.from(to))
                .query(String.class)
                .list()
                .forEach(citations -> json.readValue(citations, new TypeReference<List<Citation>>() {}).stream()
                        .map(Citation::document)
                        .distinct()
                        .forEach(document -> counts.merge(document, 1L, Long::sum)));
        return counts;
    }
}
