package org.standingoffice.desk.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.standingoffice.drafting.Citation;
import org.standingoffice.knowledge.Glossary;
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

    /** The most similar registered answer among recent ones, if it clears {@code threshold}. */
    Optional<Entry> similarTo(String question, double threshold) {
        Set<String> words = words(question);
        Entry best = null;
        double bestOverlap = threshold;
        for (Entry entry : recent()) {
            double overlap = jaccard(words, words(entry.question()));
            if (overlap >= bestOverlap) {
                best = entry;
                bestOverlap = overlap;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Marks for review the registered answers that cite any of {@code documents}. */
    int flagCiting(Collection<String> documents) {
        int flagged = 0;
        for (Entry entry : recent()) {
            boolean cites = entry.citations().stream().anyMatch(citation -> documents.contains(citation.document()));
            if (cites) {
                flagged += jdbc.sql("update answer_register set needs_review = true where number = ?")
                        .param(entry.number())
                        .update();
            }
        }
        return flagged;
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

    private static Set<String> words(String text) {
        return new HashSet<>(List.of(Glossary.fold(text).split(" ")));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return union.isEmpty() ? 0 : (double) both.size() / union.size();
    }
}
