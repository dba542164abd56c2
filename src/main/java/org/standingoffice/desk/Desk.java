package org.standingoffice.desk;

import java.util.List;

/**
 * The help desk. Every action is checked against the question's state and who holds it, runs
 * under a row lock, and lands in the audit trail. Concurrent actions on one question serialise:
 * the loser gets a {@link DeskConflict} that says what happened.
 */
public interface Desk {

    /**
     * Persists a question ({@link QuestionStatus#RECEIVED}) and schedules its drafting; returns
     * before drafting. Nothing is lost if the process stops afterwards: drafting resumes on restart.
     *
     * The commune and province, when given, are checked against the units after the July 2025
     * merger and stored under their current names (a pre-merger name is recognised).
     *
     * @throws IllegalArgumentException when the text is blank or too long, or only one of commune
     *     and province is given
     * @throws org.standingoffice.places.UnknownPlace when the commune or province does not exist (with close candidates)
     */
    QuestionView receive(NewQuestion question);

    /** @throws QuestionNotFound when there is none */
    QuestionView get(QuestionId id);

    /**
     * The question as its asker sees it.
     *
     * @throws QuestionNotFound when there is none or {@code asker} did not ask it
     */
    QuestionView get(QuestionId id, Asker asker);

    QuestionPage list(QuestionFilter filter, int page, int size);

    /** Takes the question so that nobody else works on it. */
    QuestionView claim(QuestionId id, Actor actor);

    /**
     * Gives the question to a staff member; managers may take it from whoever holds it.
     *
     * @throws NotAnAssignee when {@code assignee} is no enabled account that works questions
     */
    QuestionView assign(QuestionId id, String assignee, Actor actor);

    /** Sends the draft, or {@code editedText} instead of it when given. */
    QuestionView approve(QuestionId id, Actor actor, String editedText);

    QuestionView reject(QuestionId id, Actor actor, String reason);

    QuestionView escalate(QuestionId id, Actor actor, String reason);

    /** Staff answer an escalated question themselves. */
    QuestionView answer(QuestionId id, Actor actor, String text);

    /**
     * Closes the question. Closing one that was never answered needs a reason, recorded in the
     * history with the outcome {@link Outcome#CLOSED_UNANSWERED}; an answered one closes without.
     *
     * @throws IllegalArgumentException when the question is unanswered and the reason blank
     */
    QuestionView close(QuestionId id, Actor actor, String reason);

    /** Closes an answered question; see {@link #close(QuestionId, Actor, String)}. */
    default QuestionView close(QuestionId id, Actor actor) {
        return close(id, actor, null);
    }

    /**
     * The asker says the answer resolved the question: it closes (again: nothing changes).
     *
     * @throws QuestionNotFound when {@code asker} did not ask it
     * @throws IllegalArgumentException when it was never answered (closing it needs a reason)
     */
    QuestionView resolve(QuestionId id, Asker asker);

    /** The longest internal note, in characters. */
    int NOTE_LIMIT = 4000;

    /**
     * Adds an internal note for staff to the question's history, in any status (a closed question
     * may still be annotated); it changes nothing else and is never shown to the asker.
     *
     * @throws IllegalArgumentException when the text is blank or longer than {@link #NOTE_LIMIT}
     */
    AuditEvent note(QuestionId id, Actor actor, String text);

    /**
     * Sets the asker's commune and province on a question that came without them (an official
     * whose place the bot could not recognise) or with a wrong one; recorded in the history. The
     * office the question is routed to stays as it is.
     *
     * @throws org.standingoffice.places.UnknownPlace when they are not a unit after the July 2025 merger (with candidates)
     */
    QuestionView place(QuestionId id, String commune, String province, Actor actor);

    /**
     * The asker edited the question before it was answered: the text is replaced (the old one
     * stays in the audit trail) and a draft awaiting approval is drafted again.
     *
     * @throws QuestionNotFound when {@code asker} did not ask it
     * @throws DeskConflict when it is already answered or closed
     */
    QuestionView revise(QuestionId id, Asker asker, String text);

    /**
     * The asker says the answer did not resolve it: back to staff, with their reason if any.
     *
     * @throws QuestionNotFound when {@code asker} did not ask it
     */
    QuestionView reopen(QuestionId id, Asker asker, String reason);

    /** The channel delivered the answer. */
    QuestionView markDelivered(QuestionId id);

    /** The question's history, oldest first. */
    List<AuditEvent> history(QuestionId id);
}
