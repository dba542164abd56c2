package org.standingoffice.console.web;

import java.util.List;
import org.standingoffice.desk.AuditAction;
import org.standingoffice.desk.AuditEvent;
import org.standingoffice.desk.DraftView;
import org.standingoffice.desk.Outcome;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.desk.QuestionView;

/**
 * What the answer editor of an escalated question starts from, and the label saying what that is,
 * read from how the question last came back to staff: the answer the official received when they
 * said it did not resolve their question, the draft when staff rejected or passed it on, the low
 * confidence suggestion, or nothing. An approved question reopened by its asker once read "the
 * draft was rejected"; the history says what really happened.
 *
 * @param label the message key of the editor's label
 * @param text the editor's starting text, empty for none
 * @param suggestion the text is a low-confidence suggestion (shown as such)
 */
record AnswerStart(String label, String text, boolean suggestion) {

    static AnswerStart of(QuestionView question, List<AuditEvent> history) {
        AuditEvent back = null;
        for (AuditEvent event : history) {
            if (event.action() == AuditAction.ESCALATED) {
                back = event;
            }
        }
        DraftView answer = question.answer();
        if (back != null
                && wasAnswered(back.from())
                && answer != null
                && !answer.text().isBlank()) {
            return new AnswerStart("console.question.reopenedStart", answer.text(), false);
        }
        DraftView draft = question.draft();
        if (draft == null || draft.text().isBlank()) {
            return new AnswerStart("console.question.yourAnswer", "", false);
        }
        if (draft.suggestion()) {
            return new AnswerStart("console.question.suggestion", draft.text(), true);
        }
        if (back != null && back.outcome() == Outcome.REJECTED) {
            return new AnswerStart("console.question.rejectedStart", draft.text(), false);
        }
        return new AnswerStart("console.question.draftStart", draft.text(), false);
    }

    private static boolean wasAnswered(QuestionStatus status) {
        return status == QuestionStatus.ANSWERED
                || status == QuestionStatus.DELIVERED
                || status == QuestionStatus.CLOSED;
    }
}
