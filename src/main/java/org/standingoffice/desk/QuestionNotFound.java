package org.standingoffice.desk;

/** No question has this id (or the caller may not see it). */
public class QuestionNotFound extends RuntimeException {

    public QuestionNotFound(QuestionId id) {
        super("Question " + id + " does not exist");
    }
}
