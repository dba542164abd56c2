package org.standingoffice.desk;

import java.util.List;

/** One page of a question list, newest first. */
public record QuestionPage(List<QuestionView> questions, int page, int size, long total) {

    /**
     * The highest page number a list accepts (of the API's questions and invitations): ten million
     * rows at the largest page size, far past any real list, and an offset that cannot overflow.
     */
    public static final int MAX_PAGE = 100_000;

    public QuestionPage {
        questions = List.copyOf(questions);
    }
}
