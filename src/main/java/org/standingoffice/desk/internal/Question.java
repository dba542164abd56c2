package org.standingoffice.desk.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;
import org.standingoffice.accounts.Role;
import org.standingoffice.desk.Actor;
import org.standingoffice.desk.Asker;
import org.standingoffice.desk.AuditAction;
import org.standingoffice.desk.AuditEvent.Facts;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.DeskConflict;
import org.standingoffice.desk.DraftView;
import org.standingoffice.desk.NewQuestion;
import org.standingoffice.desk.Outcome;
import org.standingoffice.desk.QuestionAnswered;
import org.standingoffice.desk.QuestionAssigned;
import org.standingoffice.desk.QuestionAwaitingApproval;
import org.standingoffice.desk.QuestionEscalated;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionNotFound;
import org.standingoffice.desk.QuestionReceived;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.Escalation;
import org.standingoffice.places.Place;

/**
 * The question aggregate. Every action checks the question's own rules — its status, who holds
 * it, who asked it, what a reason or an answer must contain — changes it, and registers what
 * happened: an {@link AuditEntry} for the trail and, where other modules care, an event published
 * when the question is saved. {@code version} makes a lost race fail instead of overwriting.
 *
 * <p>The desk service loads (under a row lock), calls one of these methods, and stores; it decides
 * nothing itself. Times come in as arguments, so the rules here need no clock.
 */
@Table("question")
class Question extends AbstractAggregateRoot<Question> {

    /** Files an answer: stores the final text and registers it, returning the register number. */
    interface AnswerFiling {
        long file(Question question, String text, List<Citation> citations, String actor, Instant at);
    }

    @Id
    Long id;

    QuestionStatus status;
    String text;
    String language;
    String askerName;
    String commune;
    String province;
    String channel;
    String askerRef;
    String officeId;
    String assignee;
    Double confidence;
    Long similarAnswer;
    Instant receivedAt;
    Instant dueAt;
    Instant remindedAt;
    Instant breachedAt;
    Instant firstResponseAt;
    Instant answeredAt;
    Instant deliveredAt;
    Instant closedAt;
    Instant updatedAt;
    String updatedBy;

    @Version
    Integer version;

    @Transient
    private final transient List<AuditEntry> recorded = new ArrayList<>();

    /** A question as it arrives; its {@link AuditAction#RECEIVED} entry is stored with it. */
    static Question received(
            NewQuestion incoming, String text, Place place, String channel, String officeId, Instant due, Instant now) {
        Question question = new Question();
        question.status = QuestionStatus.RECEIVED;
        question.text = text;
        question.language = incoming.language();
        question.askerName = incoming.askerName();
        question.commune = place == null ? null : place.commune();
        question.province = place == null ? null : place.province();
        question.channel = channel;
        question.askerRef = incoming.askerRef();
        question.officeId = officeId;
        question.receivedAt = now;
        question.dueAt = due;
        question.touch(question.asker().actorName(), now);
        question.record(AuditEntry.of(AuditAction.RECEIVED, question.asker(), null, QuestionStatus.RECEIVED, now)
                .facts(Facts.office(officeId)));
        return question;
    }

    Asker asker() {
        return new Asker(channel, askerRef);
    }

    /** @throws QuestionNotFound when {@code asker} did not ask it: to others it does not exist */
    void requireAskedBy(Asker asker) {
        if (asker == null || !asker().equals(asker)) {
            throw new QuestionNotFound(new QuestionId(id));
        }
    }

    /** Whether a machine draft is still wanted: a restart may deliver the drafting event twice. */
    boolean awaitsDraft() {
        return status == QuestionStatus.RECEIVED;
    }

    /** What drafting found out, before the question moves on. */
    void drafted(double confidence, String language, Long similarAnswer) {
        this.confidence = confidence;
        if (this.language == null) {
            this.language = language;
        }
        this.similarAnswer = similarAnswer;
    }

    void routeTo(String office) {
        officeId = office;
    }

    /** The machine draft answers it: staff approve it next. */
    void awaitApproval(Instant now) {
        QuestionStatus from = status;
        moveTo(QuestionStatus.AWAITING_APPROVAL, Actor.SYSTEM.name(), now);
        record(AuditEntry.of(AuditAction.DRAFTED, Actor.SYSTEM.name(), from, status, now));
        registerEvent(new QuestionAwaitingApproval(new QuestionId(id), officeId));
    }

    /** The decision escalated it for a typed cause. */
    void escalateByDecision(Escalation cause, Instant answerDue, Instant now) {
        escalate(Actor.SYSTEM, null, null, cause, answerDue, now);
    }

    /** The office auto-replies with a registered answer to the same question. */
    void autoReply(String answer, List<Citation> citations, AnswerFiling filing, Instant now) {
        Actor office = new Actor("office " + officeId + " (auto-reply)", Actor.SYSTEM.role());
        answerWith(answer, citations, office, Outcome.AUTO_REPLY, filing, now);
    }

    /** Takes the question; taking one's own again changes nothing. */
    void claim(Actor actor, Instant now) {
        requireWorkable();
        if (actor.name().equals(assignee)) {
            return;
        }
        if (assignee != null) {
            throw new DeskConflict("claimed", "Question " + id + " is already claimed by " + assignee, id, assignee);
        }
        assignTo(actor.name(), actor, AuditAction.CLAIMED, now);
    }

    /** Gives it to {@code to}; only a manager takes it from someone else. */
    void assign(String to, Actor actor, Instant now) {
        requireWorkable();
        if (assignee != null && !assignee.equals(actor.name()) && !actor.role().oversees()) {
            throw new DeskConflict(
                    "reassign",
                    "Question " + id + " is claimed by " + assignee + "; only a manager may reassign it",
                    id,
                    assignee);
        }
        assignTo(to, actor, AuditAction.ASSIGNED, now);
    }

    /** Sends the machine draft, or {@code editedText} when it differs from it. */
    void approve(Actor actor, DraftView machine, String editedText, AnswerFiling filing, Instant now) {
        requireDraftAwaitingApproval(actor, "approved");
        boolean edited = editedText != null && !editedText.isBlank() && AnswerText.edited(editedText, machine.text());
        answerWith(
                edited ? AnswerText.normalise(editedText) : machine.text(),
                machine.citations(),
                actor,
                edited ? Outcome.EDITED : Outcome.APPROVED_AS_DRAFTED,
                filing,
                now);
    }

    void reject(Actor actor, String reason, Instant answerDue, Instant now) {
        requireDraftAwaitingApproval(actor, "rejected");
        escalate(actor, requireReason(reason), Outcome.REJECTED, null, answerDue, now);
    }

    void escalate(Actor actor, String reason, Instant answerDue, Instant now) {
        requireHeldBy(actor);
        escalate(actor, requireReason(reason), null, null, answerDue, now);
    }

    /** Staff answer an escalated question themselves. */
    void answer(Actor actor, String answer, AnswerFiling filing, Instant now) {
        requireHeldBy(actor);
        if (status != QuestionStatus.ESCALATED) {
            throw new DeskConflict(
                    "notEscalated",
                    "Question " + id + " is " + status + "; staff answer escalated questions",
                    id,
                    DeskConflict.status(status));
        }
        if (answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("the answer text is empty");
        }
        answerWith(AnswerText.normalise(answer), List.of(), actor, Outcome.ANSWERED_BY_HAND, filing, now);
    }

    /** Closing an unanswered question needs a reason; an answered one closes without. */
    void close(Actor actor, String reason, Instant now) {
        QuestionStatus from = status;
        boolean unanswered = from.isOpen();
        String why = unanswered ? requireReason(reason) : blankToNull(reason);
        moveTo(QuestionStatus.CLOSED, actor.name(), now);
        closedAt = now;
        record(AuditEntry.of(AuditAction.CLOSED, actor, from, status, now)
                .detail(why)
                .outcome(unanswered ? Outcome.CLOSED_UNANSWERED : null));
    }

    /** The asker says the answer resolved it; saying so twice changes nothing. */
    void resolve(Asker asker, Instant now) {
        requireAskedBy(asker);
        if (status != QuestionStatus.CLOSED) {
            close(new Actor(asker.actorName(), Role.OFFICIAL, asker.channel()), null, now);
        }
    }

    /** The asker changed the question before it was answered; a pending draft is drafted again. */
    void revise(Asker asker, String revised, Instant now) {
        requireAskedBy(asker);
        if (!status.isOpen()) {
            throw new DeskConflict(
                    "notEditable",
                    "Question " + id + " is " + status + " and can no longer be edited",
                    id,
                    DeskConflict.status(status));
        }
        String previous = text;
        QuestionStatus from = status;
        text = revised;
        if (status == QuestionStatus.AWAITING_APPROVAL) {
            moveTo(QuestionStatus.RECEIVED, asker.actorName(), now);
            registerEvent(new QuestionReceived(new QuestionId(id)));
        } else {
            touch(asker.actorName(), now);
        }
        record(AuditEntry.of(AuditAction.EDITED, asker, from, status, now).detail(previous));
    }

    /** The asker says the answer did not resolve it: back to staff. */
    void reopen(Asker asker, String reason, Instant answerDue, Instant now) {
        requireAskedBy(asker);
        escalate(
                new Actor(asker.actorName(), Role.OFFICIAL, asker.channel()),
                blankToNull(reason),
                null,
                null,
                answerDue,
                now);
    }

    /** The channel delivered the answer; a second confirmation changes nothing. */
    void delivered(Instant now) {
        if (status == QuestionStatus.DELIVERED) {
            return;
        }
        QuestionStatus from = status;
        moveTo(QuestionStatus.DELIVERED, Actor.SYSTEM.name(), now);
        deliveredAt = now;
        record(AuditEntry.of(AuditAction.DELIVERED, Actor.SYSTEM.name(), from, status, now));
    }

    /** An internal note, in any status; it changes nothing else. */
    void note(Actor actor, String note, Instant now) {
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("the note is empty");
        }
        if (note.strip().length() > Desk.NOTE_LIMIT) {
            throw new IllegalArgumentException("the note is longer than " + Desk.NOTE_LIMIT + " characters");
        }
        record(AuditEntry.of(AuditAction.NOTE, actor, status, status, now).detail(note.strip()));
    }

    /** Staff set the asker's commune and province; the office stays as it is. */
    void place(Place place, Actor actor, Instant now) {
        commune = place.commune();
        province = place.province();
        touch(actor.name(), now);
        record(AuditEntry.of(AuditAction.PLACE_SET, actor, status, status, now)
                .detail(place.commune() + ", " + place.province()));
    }

    /** The events to publish on the next save, for tests. */
    List<Object> registeredEvents() {
        return List.copyOf(domainEvents());
    }

    /** The audit entries registered since the last call, oldest first, for the trail. */
    List<AuditEntry> takeRecorded() {
        List<AuditEntry> taken = List.copyOf(recorded);
        recorded.clear();
        return taken;
    }

    private void answerWith(
            String answer, List<Citation> citations, Actor actor, Outcome outcome, AnswerFiling filing, Instant now) {
        QuestionStatus from = status;
        moveTo(QuestionStatus.ANSWERED, actor.name(), now);
        answeredAt = now;
        dueAt = null;
        if (firstResponseAt == null) {
            firstResponseAt = now;
        }
        long number = filing.file(this, answer, citations, actor.name(), now);
        record(AuditEntry.of(AuditAction.ANSWERED, actor, from, status, now)
                .outcome(outcome)
                .facts(Facts.register(number)));
        registerEvent(new QuestionAnswered(new QuestionId(id), channel, askerRef, language, answer, origin(outcome)));
    }

    /**
     * @param reason what a person said (staff's reason, the asker's), {@code null} when the desk
     *     escalates for a typed {@code cause}
     */
    private void escalate(
            Actor actor, String reason, Outcome outcome, Escalation cause, Instant answerDue, Instant now) {
        QuestionStatus from = status;
        moveTo(QuestionStatus.ESCALATED, actor.name(), now);
        dueAt = answerDue;
        remindedAt = null;
        breachedAt = null;
        record(AuditEntry.of(AuditAction.ESCALATED, actor, from, status, now)
                .detail(reason)
                .outcome(outcome)
                .escalation(cause));
        // Only the asker escalates as an official: by saying the answer did not resolve it.
        registerEvent(new QuestionEscalated(new QuestionId(id), officeId, reason, actor.role() == Role.OFFICIAL));
    }

    private void assignTo(String to, Actor actor, AuditAction action, Instant now) {
        String previous = assignee;
        assignee = to;
        touch(actor.name(), now);
        record(AuditEntry.of(action, actor, status, status, now).facts(Facts.assignment(previous, to)));
        registerEvent(new QuestionAssigned(new QuestionId(id), to));
    }

    private void requireDraftAwaitingApproval(Actor actor, String action) {
        requireHeldBy(actor);
        if (status != QuestionStatus.AWAITING_APPROVAL) {
            throw new DeskConflict(
                    "noDraft",
                    "Question " + id + " is " + status + "; only a draft awaiting approval can be " + action,
                    id,
                    DeskConflict.status(status));
        }
    }

    private void requireWorkable() {
        if (status != QuestionStatus.AWAITING_APPROVAL && status != QuestionStatus.ESCALATED) {
            throw new DeskConflict(
                    "notWorkable",
                    "Question " + id + " is " + status + " and cannot be claimed",
                    id,
                    DeskConflict.status(status));
        }
    }

    /** Staff act on unclaimed questions or their own; managers on any. */
    private void requireHeldBy(Actor actor) {
        if (assignee != null && !assignee.equals(actor.name()) && !actor.role().oversees()) {
            throw new DeskConflict("claimed", "Question " + id + " is claimed by " + assignee, id, assignee);
        }
    }

    void moveTo(QuestionStatus target, String actor, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new DeskConflict(
                    "transition",
                    "Question " + id + " is " + status + " and cannot become " + target,
                    id,
                    DeskConflict.status(status),
                    DeskConflict.status(target));
        }
        status = target;
        touch(actor, now);
    }

    void touch(String actor, Instant now) {
        updatedAt = now;
        updatedBy = actor;
    }

    private void record(AuditEntry entry) {
        recorded.add(entry);
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
        return reason.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static QuestionAnswered.Origin origin(Outcome outcome) {
        return switch (outcome) {
            case APPROVED_AS_DRAFTED -> QuestionAnswered.Origin.APPROVED;
            case EDITED -> QuestionAnswered.Origin.EDITED;
            case AUTO_REPLY -> QuestionAnswered.Origin.AUTO_REPLY;
            default -> QuestionAnswered.Origin.WRITTEN;
        };
    }
}
