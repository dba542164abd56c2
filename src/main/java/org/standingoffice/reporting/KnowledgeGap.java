package org.standingoffice.reporting;

import java.util.List;

/**
 * Escalated questions that look alike: a topic the documents do not cover.
 *
 * @param terms the words the questions share, most frequent first
 * @param questions the ids and texts of the questions, oldest first
 */
public record KnowledgeGap(List<String> terms, List<Question> questions) {

    public KnowledgeGap {
        terms = List.copyOf(terms);
        questions = List.copyOf(questions);
    }

    public record Question(long id, String text) {}
}
