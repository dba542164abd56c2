package org.standingoffice.desk;

import java.util.List;

/** One page of a question list, newest first. */
public record QuestionPage(List<QuestionView> questions, int page, int size, long total) {

    public QuestionPage {
        questions = List.copyOf(questions);
    }
}
