package org.standingoffice.desk.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.standingoffice.desk.Actor;
import org.standingoffice.desk.AuditEvent;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.DeskConflict;
import org.standingoffice.desk.DeskProperties;
import org.standingoffice.desk.DraftView;
import org.standingoffice.desk.NewQuestion;
import org.standingoffice.desk.Outcome;
import org.standingoffice.desk.QuestionAnswered;
import org.standingoffice.desk.QuestionAwaitingApproval;
import org.standingoffice.desk.QuestionEscalated;
import org.standingoffice.desk.QuestionFilter;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionNotFound;
import org.standingoffice.desk.QuestionPage;
import org.standingoffice.desk.QuestionReceived;
import org.standingoffice.desk.QuestionRefused;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.desk.QuestionView;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.Decision;
import org.standingoffice.drafting.Draft;
import org.standingoffice.drafting.Escalation;
import org.standingoffice.places.AdministrativeUnits;
import org.standingoffice.places.Place;

/** The desk on a relational database: every action one transaction, under a row lock, audited. */
@Service
@Transactional
class DeskService implements Desk {

    private final Questions questions;
    private final DraftStore drafts;
    private final AuditTrail audit;
    private final AnswerRegister register;
    private final Router router;
    private final SlaClock sla;
    private final DeskProperties properties;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AdministrativeUnits units;

    DeskService(
            Questions questions,
            DraftStore drafts,
            AuditTrail audit,
            AnswerRegister register,
            Router router,
            SlaClock sla,
            DeskProperties properties,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock,
            AdministrativeUnits units) {
        this.questions = questions;
        this.drafts = drafts;
        this.audit = audit;
        this.register = register;
        this.router = router;
        this.sla = sla;
        this.properties = properties;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.units = units;
    }

    @Override
    public QuestionView receive(NewQuestion incoming) {
        String text = requireText(incoming.text());
        Place place = placeOf(incoming);
        Instant now = clock.instant();
        Office office = router.receiving(incoming.office(), place == null ? null : place.province(), text);
        Question question = new Question();
        question.status = QuestionStatus.RECEIVED;
        question.text = text;
        question.language = incoming.language();
        question.askerName = incoming.askerName();
        question.commune = place == null ? null : place.commune();
        question.province = place == null ? null : place.province();
        question.channel = incoming.channel() == null ? "api" : incoming.channel();
        question.askerRef = incoming.askerRef();
        question.officeId = office.id();
        question.receivedAt = now;
        question.dueAt = sla.approvalDue(office, now);
        question.touch(question.channel + ":" + question.askerRef, now);
        Question saved = questions.save(question);
        audit.record(
                saved.id, "RECEIVED", saved.updatedBy, null, QuestionStatus.RECEIVED, "office " + office.id(), now);
        events.publishEvent(new QuestionReceived(new QuestionId(saved.id)));
        return view(saved);
    }

    /** The asker's commune and province checked against the current units; none when not given. */
    private Place placeOf(NewQuestion incoming) {
        boolean noCommune = incoming.commune() == null || incoming.commune().isBlank();
        boolean noProvince = incoming.province() == null || incoming.province().isBlank();
        if (noCommune && noProvince) {
            return null;
        }
        if (noProvince) {
            throw new IllegalArgumentException("give the province of commune '" + incoming.commune() + "'");
        }
        if (noCommune) {
            throw new IllegalArgumentException("give the commune in province '" + incoming.province() + "'");
        }
        return units.resolve(incoming.commune(), incoming.province());
    }

    /**
     * Stores the machine draft of a received question and moves it on: to approval, to staff
     * when the documents do not answer it, or — when the office auto-replies and the register
     * holds an answer to the same question — straight to the asker.
     */
    void recordDraft(QuestionId id, Draft draft, double confidence, String language) {
        Question question = locked(id);
        if (question.status != QuestionStatus.RECEIVED) {
            return; // drafted before a restart re-delivered the event
        }
        Instant now = clock.instant();
        question.confidence = confidence;
        if (question.language == null) {
            question.language = language;
        }
        drafts.addMachine(question.id, draft, now);
        Office office = router.office(question.officeId);
        if (office.defaultOffice()) {
            // A suggestion's citations are the decision's low-confidence guess: no basis for routing.
            List<Citation> cited = draft.decision() == Decision.ANSWER ? draft.citations() : List.of();
            office = router.route(
                    question.province,
                    question.text,
                    cited.stream().map(Citation::document).toList());
            question.officeId = office.id();
        }
        Optional<AnswerRegister.Entry> similar = register.similarTo(question.text, properties.similarity());
        similar.ifPresent(entry -> question.similarAnswer = entry.number());
        if (similar.isPresent() && office.autoReply()) {
            AnswerRegister.Entry earlier = similar.get();
            answerWith(
                    question,
                    earlier.answer(),
                    earlier.citations(),
                    "office " + office.id() + " (auto-reply)",
                    "auto-reply with registered answer " + earlier.number(),
                    Outcome.AUTO_REPLY,
                    now);
            return;
        }
        if (draft.decision() == Decision.ESCALATE) {
            escalateTo(question, office, "system", null, null, draft.escalation(), now);
        } else {
            question.moveTo(QuestionStatus.AWAITING_APPROVAL, "system", now);
            questions.save(question);
            audit.record(question.id, "DRAFTED", "system", QuestionStatus.RECEIVED, question.status, null, now);
            events.publishEvent(new QuestionAwaitingApproval(id, question.officeId));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public QuestionView get(QuestionId id) {
        return view(questions.findById(id.value()).orElseThrow(() -> new QuestionNotFound(id)));
    }

    @Override
    @Transactional(readOnly = true)
    public QuestionPage list(QuestionFilter filter, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, properties.maxPageSize()));
        int pageNumber = Math.max(0, page);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        java.util.Map<String, Object> params = new java.util.LinkedHashMap<>();
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.office() != null) {
            where.append(" and office_id = :office");
            params.put("office", filter.office());
        }
        if (filter.channel() != null) {
            where.append(" and channel = :channel");
            params.put("channel", filter.channel());
        }
        if (filter.askerRef() != null) {
            where.append(" and asker_ref = :asker");
            params.put("asker", filter.askerRef());
        }
        long total = jdbc.sql("select count(*) from question" + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Long> ids = jdbc.sql("select id from question" + where + " order by id desc offset "
                        + ((long) pageNumber * pageSize) + " rows fetch next " + pageSize + " rows only")
                .params(params)
                .query(Long.class)
                .list();
        List<QuestionView> views = ids.stream()
                .map(questionId -> view(questions.findById(questionId).orElseThrow()))
                .toList();
        return new QuestionPage(views, pageNumber, pageSize, total);
    }

    @Override
    public QuestionView claim(QuestionId id, Actor actor) {
        Question question = locked(id);
        requireWorkable(question);
        if (actor.name().equals(question.assignee)) {
            return view(question);
        }
        if (question.assignee != null) {
            throw new DeskConflict(
                    "claimed", "Question " + id + " is already claimed by " + question.assignee, id, question.assignee);
        }
        return assignTo(question, actor.name(), actor, "CLAIMED");
    }

    @Override
    public QuestionView assign(QuestionId id, String assignee, Actor actor) {
        Question question = locked(id);
        requireWorkable(question);
        boolean takesFromSomeoneElse = question.assignee != null && !question.assignee.equals(actor.name());
        if (takesFromSomeoneElse && !actor.role().oversees()) {
            throw new DeskConflict(
                    "reassign",
                    "Question " + id + " is claimed by " + question.assignee + "; only a manager may reassign it",
                    id,
                    question.assignee);
        }
        return assignTo(question, assignee, actor, "ASSIGNED");
    }

    private QuestionView assignTo(Question question, String assignee, Actor actor, String action) {
        Instant now = clock.instant();
        String previous = question.assignee;
        question.assignee = assignee;
        question.touch(actor.name(), now);
        questions.save(question);
        audit.record(
                question.id,
                action,
                actor.name(),
                question.status,
                question.status,
                (previous == null ? "" : "from " + previous + " ") + "to " + assignee,
                now);
        return view(question);
    }

    @Override
    public QuestionView approve(QuestionId id, Actor actor, String editedText) {
        Question question = draftAwaitingApproval(id, actor, "approved");
        DraftView machine = drafts.latest(question.id, DraftStore.MACHINE).orElseThrow();
        boolean edited = editedText != null && !editedText.isBlank() && AnswerText.edited(editedText, machine.text());
        String text = edited ? AnswerText.normalise(editedText) : machine.text();
        answerWith(
                question,
                text,
                machine.citations(),
                actor.name(),
                null,
                edited ? Outcome.EDITED : Outcome.APPROVED_AS_DRAFTED,
                clock.instant());
        return view(question);
    }

    @Override
    public QuestionView reject(QuestionId id, Actor actor, String reason) {
        Question question = draftAwaitingApproval(id, actor, "rejected");
        escalateTo(
                question,
                router.office(question.officeId),
                actor.name(),
                requireReason(reason),
                Outcome.REJECTED,
                null,
                clock.instant());
        return view(question);
    }

    @Override
    public QuestionView escalate(QuestionId id, Actor actor, String reason) {
        Question question = locked(id);
        requireHeldBy(question, actor);
        escalateTo(
                question,
                router.office(question.officeId),
                actor.name(),
                requireReason(reason),
                null,
                null,
                clock.instant());
        return view(question);
    }

    @Override
    public QuestionView answer(QuestionId id, Actor actor, String text) {
        Question question = locked(id);
        requireHeldBy(question, actor);
        if (question.status != QuestionStatus.ESCALATED) {
            throw new DeskConflict(
                    "notEscalated",
                    "Question " + id + " is " + question.status + "; staff answer escalated questions",
                    id,
                    DeskConflict.status(question.status));
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the answer text is empty");
        }
        answerWith(
                question,
                AnswerText.normalise(text),
                List.of(),
                actor.name(),
                null,
                Outcome.ANSWERED_BY_HAND,
                clock.instant());
        return view(question);
    }

    @Override
    public QuestionView close(QuestionId id, Actor actor, String reason) {
        Question question = locked(id);
        Instant now = clock.instant();
        QuestionStatus from = question.status;
        boolean unanswered = from.isOpen();
        String why = unanswered ? requireReason(reason) : blankToNull(reason);
        question.moveTo(QuestionStatus.CLOSED, actor.name(), now);
        question.closedAt = now;
        questions.save(question);
        audit.record(
                question.id,
                "CLOSED",
                actor.name(),
                from,
                QuestionStatus.CLOSED,
                why,
                unanswered ? Outcome.CLOSED_UNANSWERED : null,
                null,
                now);
        return view(question);
    }

    @Override
    public QuestionView revise(QuestionId id, String askerRef, String text) {
        Question question = locked(id);
        if (askerRef == null || !askerRef.equals(question.askerRef)) {
            throw new QuestionNotFound(id);
        }
        String revised = requireText(text);
        if (!question.status.isOpen()) {
            throw new DeskConflict(
                    "notEditable",
                    "Question " + id + " is " + question.status + " and can no longer be edited",
                    id,
                    DeskConflict.status(question.status));
        }
        Instant now = clock.instant();
        String actor = question.channel + ":" + askerRef;
        String previous = question.text;
        QuestionStatus from = question.status;
        question.text = revised;
        if (question.status == QuestionStatus.AWAITING_APPROVAL) {
            question.moveTo(QuestionStatus.RECEIVED, actor, now);
        } else {
            question.touch(actor, now);
        }
        questions.save(question);
        audit.record(question.id, "EDITED", actor, from, question.status, "was: " + previous, now);
        if (question.status == QuestionStatus.RECEIVED) {
            events.publishEvent(new QuestionReceived(id));
        }
        return view(question);
    }

    @Override
    public QuestionView reopen(QuestionId id, String askerRef, String reason) {
        Question question = locked(id);
        if (askerRef == null || !askerRef.equals(question.askerRef)) {
            throw new QuestionNotFound(id);
        }
        escalateTo(
                question,
                router.office(question.officeId),
                question.channel + ":" + askerRef,
                "asker: not resolved" + (reason == null || reason.isBlank() ? "" : " — " + reason),
                null,
                null,
                clock.instant());
        return view(question);
    }

    @Override
    public QuestionView markDelivered(QuestionId id) {
        Question question = locked(id);
        if (question.status == QuestionStatus.DELIVERED) {
            return view(question);
        }
        Instant now = clock.instant();
        question.moveTo(QuestionStatus.DELIVERED, "system", now);
        question.deliveredAt = now;
        questions.save(question);
        audit.record(question.id, "DELIVERED", "system", QuestionStatus.ANSWERED, QuestionStatus.DELIVERED, null, now);
        return view(question);
    }

    @Override
    public AuditEvent note(QuestionId id, Actor actor, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the note is empty");
        }
        if (text.strip().length() > NOTE_LIMIT) {
            throw new IllegalArgumentException("the note is longer than " + NOTE_LIMIT + " characters");
        }
        Question question = questions.findById(id.value()).orElseThrow(() -> new QuestionNotFound(id));
        audit.record(
                question.id,
                AuditEvent.NOTE,
                actor.name(),
                question.status,
                question.status,
                text.strip(),
                clock.instant());
        List<AuditEvent> history = audit.of(question.id);
        return history.get(history.size() - 1);
    }

    @Override
    public QuestionView place(QuestionId id, String commune, String province, Actor actor) {
        Place place = units.resolve(commune, province);
        Question question = locked(id);
        Instant now = clock.instant();
        question.commune = place.commune();
        question.province = place.province();
        question.touch(actor.name(), now);
        Question saved = questions.save(question);
        audit.record(
                saved.id,
                AuditEvent.PLACE_SET,
                actor.name(),
                saved.status,
                saved.status,
                place.commune() + ", " + place.province(),
                now);
        return view(saved);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEvent> history(QuestionId id) {
        questions.findById(id.value()).orElseThrow(() -> new QuestionNotFound(id));
        return audit.of(id.value());
    }

    private void answerWith(
            Question question,
            String text,
            List<Citation> citations,
            String actor,
            String detail,
            Outcome outcome,
            Instant now) {
        QuestionStatus from = question.status;
        question.moveTo(QuestionStatus.ANSWERED, actor, now);
        question.answeredAt = now;
        question.dueAt = null;
        if (question.firstResponseAt == null) {
            question.firstResponseAt = now;
        }
        questions.save(question);
        drafts.addFinal(question.id, text, citations, actor, now);
        long number = register.register(question.id, question.text, text, citations, actor, now);
        audit.record(
                question.id,
                "ANSWERED",
                actor,
                from,
                QuestionStatus.ANSWERED,
                (detail == null ? "" : detail + "; ") + "register no. " + number,
                outcome,
                null,
                now);
        events.publishEvent(new QuestionAnswered(
                new QuestionId(question.id),
                question.channel,
                question.askerRef,
                question.language,
                text,
                origin(outcome)));
    }

    /**
     * @param reason what a person said (staff's reason, the asker's), {@code null} when the desk
     *     escalates for a typed {@code cause}
     */
    private void escalateTo(
            Question question,
            Office office,
            String actor,
            String reason,
            Outcome outcome,
            Escalation cause,
            Instant now) {
        QuestionStatus from = question.status;
        question.moveTo(QuestionStatus.ESCALATED, actor, now);
        question.dueAt = sla.answerDue(office, now);
        question.remindedAt = null;
        question.breachedAt = null;
        questions.save(question);
        audit.record(question.id, "ESCALATED", actor, from, QuestionStatus.ESCALATED, reason, outcome, cause, now);
        events.publishEvent(new QuestionEscalated(new QuestionId(question.id), question.officeId, reason));
    }

    /** The question, locked, if it holds a draft awaiting approval that {@code actor} may act on. */
    private Question draftAwaitingApproval(QuestionId id, Actor actor, String action) {
        Question question = locked(id);
        requireHeldBy(question, actor);
        if (question.status != QuestionStatus.AWAITING_APPROVAL) {
            throw new DeskConflict(
                    "noDraft",
                    "Question " + id + " is " + question.status + "; only a draft awaiting approval can be " + action,
                    id,
                    DeskConflict.status(question.status));
        }
        return question;
    }

    private Question locked(QuestionId id) {
        return questions.lockById(id.value()).orElseThrow(() -> new QuestionNotFound(id));
    }

    private static void requireWorkable(Question question) {
        if (question.status != QuestionStatus.AWAITING_APPROVAL && question.status != QuestionStatus.ESCALATED) {
            throw new DeskConflict(
                    "notWorkable",
                    "Question " + question.id + " is " + question.status + " and cannot be claimed",
                    question.id,
                    DeskConflict.status(question.status));
        }
    }

    /** Staff act on unclaimed questions or their own; managers on any. */
    private static void requireHeldBy(Question question, Actor actor) {
        boolean heldByOther = question.assignee != null && !question.assignee.equals(actor.name());
        if (heldByOther && !actor.role().oversees()) {
            throw new DeskConflict(
                    "claimed",
                    "Question " + question.id + " is claimed by " + question.assignee,
                    question.id,
                    question.assignee);
        }
    }

    private static String requireText(String text) {
        Optional<QuestionRefused.Reason> refusal = QuestionRefused.check(text);
        if (refusal.isPresent()) {
            throw new QuestionRefused(refusal.get());
        }
        return text.strip();
    }

    private static QuestionAnswered.Origin origin(Outcome outcome) {
        return switch (outcome) {
            case APPROVED_AS_DRAFTED -> QuestionAnswered.Origin.APPROVED;
            case EDITED -> QuestionAnswered.Origin.EDITED;
            case AUTO_REPLY -> QuestionAnswered.Origin.AUTO_REPLY;
            default -> QuestionAnswered.Origin.WRITTEN;
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
        return reason.strip();
    }

    private QuestionView view(Question question) {
        return new QuestionView(
                new QuestionId(question.id),
                question.status,
                question.text,
                question.language,
                question.askerName,
                question.commune,
                question.province,
                question.channel,
                question.askerRef,
                question.officeId,
                question.assignee,
                question.confidence,
                drafts.latest(question.id, DraftStore.MACHINE).orElse(null),
                drafts.latest(question.id, DraftStore.FINAL).orElse(null),
                question.similarAnswer,
                question.receivedAt,
                question.dueAt,
                question.answeredAt,
                question.version == null ? 0 : question.version);
    }
}
