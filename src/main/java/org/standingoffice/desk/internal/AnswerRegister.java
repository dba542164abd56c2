package org.standingoffice.desk.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.RegisteredAnswer;
import org.standingoffice.drafting.Citation;
import org.standingoffice.knowledge.Words;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The numbered register of approved answers. A new question whose words overlap a registered
 * question's enough is shown the earlier answer, so an office answers the same question the same
 * way.
 */
@Component
class AnswerRegister {

    /** A registered answer. */
    record Entry(long number, long questionId, String question, String answer, List<Citation> citations) {}

    private static final String COLUMNS =
            "number, question_id, question_text, answer_text, citations, approver, registered_at, needs_review";

    private static final int RECENT = 2000;

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    AnswerRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long register(
            long questionId, String question, String answer, List<Citation> citations, String approver, Instant at) {
        jdbc.sql("insert into answer_register (question_id, question_text, answer_text, citations, approver,"
                        + " registered_at) values (?, ?, ?, ?, ?, ?)")
                .params(questionId, question, answer, json.writeValueAsString(citations), approver, Timestamp.from(at))
                .update();
        return jdbc.sql("select max(number) from answer_register where question_id = ?")
                .param(questionId)
                .query(Long.class)
                .single();
    }

    /** A registered answer and how many of its question's words a new question shares (0–1). */
    record Match(Entry entry, double overlap) {}

    /** The most similar registered answer among recent ones, if it clears {@code threshold}. */
    Optional<Entry> similarTo(String question, double threshold) {
        return mostSimilar(question, threshold, 1).stream().map(Match::entry).findFirst();
    }

    /**
     * The recent registered answers whose questions share at least {@code threshold} of their
     * words with {@code question}, most similar first (the newer first among equals).
     */
    List<Match> mostSimilar(String question, double threshold, int limit) {
        Set<String> words = Words.of(question);
        return recent().stream()
                .map(entry -> new Match(entry, Words.overlap(words, Words.of(entry.question()))))
                .filter(match -> match.overlap() >= threshold)
                .sorted(Comparator.comparingDouble(Match::overlap).reversed())
                .limit(limit)
                .toList();
    }

    /** Marks for review the registered answers that cite any of {@code documents}. */
    int flagCiting(Collection<String> documents) {
        List<Long> citing = jdbc
                .sql("select number, citations from answer_register where not needs_review")
                .query((rs, row) -> {
                    List<Citation> citations =
                            json.readValue(rs.getString("citations"), new TypeReference<List<Citation>>() {});
                    boolean cites = citations.stream().anyMatch(citation -> documents.contains(citation.document()));
                    return cites ? rs.getLong("number") : null;
                })
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
        citing.forEach(number -> jdbc.sql("update answer_register set needs_review = true where number = ?")
                .param(number)
                .update());
        return citing.size();
    }

    List<RegisteredAnswer> needingReview() {
        return jdbc.sql("select " + COLUMNS + " from answer_register where needs_review order by number")
                .query((rs, row) -> registered(rs))
                .list();
    }

    Optional<RegisteredAnswer> find(long number) {
        return jdbc.sql("select " + COLUMNS + " from answer_register where number = ?")
                .param(number)
                .query((rs, row) -> registered(rs))
                .optional();
    }

    void reviewed(long number, String answer) {
        jdbc.sql("update answer_register set answer_text = ?, needs_review = false where number = ?")
                .params(answer, number)
                .update();
    }

    /** The questions that were answered with this entry: its own and auto-replied near-duplicates. */
    List<Long> questionsAnsweredWith(long number, long ownQuestion) {
        List<Long> questions = new java.util.ArrayList<>(List.of(ownQuestion));
        questions.addAll(jdbc.sql("select id from question where similar_answer = ? and id <> ?"
                        + " and status in ('ANSWERED', 'DELIVERED')")
                .params(number, ownQuestion)
                .query(Long.class)
                .list());
        return questions;
    }

    private RegisteredAnswer registered(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new RegisteredAnswer(
                rs.getLong("number"),
                new QuestionId(rs.getLong("question_id")),
                rs.getString("question_text"),
                rs.getString("answer_text"),
                json.readValue(rs.getString("citations"), new TypeReference<List<Citation>>() {}),
                rs.getString("approver"),
                rs.getTimestamp("registered_at").toInstant(),
                rs.getBoolean("needs_review"));
    }

    private List<Entry> recent() {
        return jdbc.sql("select number, question_id, question_text, answer_text, citations from answer_register"
                        + " order by number desc fetch first " + RECENT + " rows only")
                .query((rs, row) -> new Entry(
                        rs.getLong("number"),
                        rs.getLong("question_id"),
                        rs.getString("question_text"),
                        rs.getString("answer_text"),
                        json.readValue(rs.getString("citations"), new TypeReference<List<Citation>>() {})))
                .list();
    }
}
