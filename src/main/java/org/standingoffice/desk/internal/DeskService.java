package org.standingoffice.desk.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.standingoffice.accounts.StaffAccount;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.desk.Actor;
import org.standingoffice.desk.Asker;
import org.standingoffice.desk.AuditEvent;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.DeskProperties;
import org.standingoffice.desk.NewQuestion;
import org.standingoffice.desk.NotAnAssignee;
import org.standingoffice.desk.QuestionFilter;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionNotFound;
import org.standingoffice.desk.QuestionPage;
import org.standingoffice.desk.QuestionReceived;
import org.standingoffice.desk.QuestionRefused;
import org.standingoffice.desk.QuestionView;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.Decision;
import org.standingoffice.drafting.Draft;
import org.standingoffice.places.AdministrativeUnits;
import org.standingoffice.places.Place;

/**
 * The desk on a relational database: every action one transaction that loads the question under a
 * row lock, lets the {@link Question} apply its rules, saves it, appends what it recorded to the
 * audit trail and publishes its events. Routing, due times and the answer register are the
 * collaborators a question cannot reach by itself.
 */
@Service
@Transactional
class DeskService implements Desk {

    /** Where a question comes from when the caller does not say. */
    private static final String DEFAULT_CHANNEL = "api";

    private final Questions questions;
    private final QuestionViews views;
    private final DraftStore drafts;
    private final AuditTrail audit;
    private final AnswerRegister register;
    private final Router router;
    private final SlaClock sla;
    private final DeskProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AdministrativeUnits units;
    private final StaffDirectory staff;

    DeskService(
            Questions questions,
            QuestionViews views,
            DraftStore drafts,
            AuditTrail audit,
            AnswerRegister register,
            Router router,
            SlaClock sla,
            DeskProperties properties,
            ApplicationEventPublisher events,
            Clock clock,
            AdministrativeUnits units,
            StaffDirectory staff) {
        this.questions = questions;
        this.views = views;
        this.drafts = drafts;
        this.audit = audit;
        this.register = register;
        this.router = router;
        this.sla = sla;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.units = units;
        this.staff = staff;
    }

    @Override
    public QuestionView receive(NewQuestion incoming) {
        return receive(incoming, null);
    }

    /**
     * Receives a question under the given id instead of the next ticket number when {@code id} is not
     * null: for the start-up warm-up ({@link DeskWarmUp}), whose rolled-back question must not use up a
     * ticket number (an identity value is not returned by a rollback) that askers would then see missing.
     */
    QuestionView receive(NewQuestion incoming, Long id) {
        String text = QuestionRefused.require(incoming.text());
        Place place = placeOf(incoming);
        Instant now = clock.instant();
        Office office = router.receiving(incoming.office(), place == null ? null : place.province(), text);
        String channel = incoming.channel() == null ? DEFAULT_CHANNEL : incoming.channel();
        Question received =
                Question.received(incoming, text, place, channel, office.id(), sla.approvalDue(office, now), now);
        received.id = id;
        Question saved = store(received);
        // Published here, not registered by the question: it has no id before its first save.
        events.publishEvent(new QuestionReceived(new QuestionId(saved.id)));
        return views.of(saved);
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
        if (!question.awaitsDraft()) {
            return; // drafted before a restart re-delivered the event
        }
        Instant now = clock.instant();
        drafts.addMachine(question.id, draft, now);
        Office office = router.office(question.officeId);
        if (office.defaultOffice()) {
            // A suggestion's citations are the decision's low-confidence guess: no basis for routing.
            List<Citation> cited = draft.decision() == Decision.ANSWER ? draft.citations() : List.of();
            office = router.route(
                    question.province,
                    question.text,
                    cited.stream().map(Citation::document).toList());
            question.routeTo(office.id());
        }
        Optional<AnswerRegister.Entry> similar = register.similarTo(question.text, properties.similarity());
        question.drafted(
                confidence, language, similar.map(AnswerRegister.Entry::number).orElse(null));
        if (similar.isPresent() && office.autoReply()) {
            question.autoReply(similar.get().answer(), similar.get().citations(), this::file, now);
        } else if (draft.decision() == Decision.ESCALATE) {
            question.escalateByDecision(draft.escalation(), sla.answerDue(office, now), now);
        } else {
            question.awaitApproval(now);
        }
        store(question);
    }

    @Override
    @Transactional(readOnly = true)
    public QuestionView get(QuestionId id) {
        return views.of(find(id));
    }

    @Override
    @Transactional(readOnly = true)
    public QuestionView get(QuestionId id, Asker asker) {
        Question question = find(id);
        question.requireAskedBy(asker);
        return views.of(question);
    }

    @Override
    @Transactional(readOnly = true)
    public QuestionPage list(QuestionFilter filter, int page, int size) {
        return views.page(filter, page, Math.max(1, Math.min(size, properties.maxPageSize())));
    }

    @Override
    public QuestionView claim(QuestionId id, Actor actor) {
        return act(id, question -> question.claim(actor, clock.instant()));
    }

    @Override
    public QuestionView assign(QuestionId id, String assignee, Actor actor) {
        String to = staff.find(assignee)
                .filter(StaffAccount::takesQuestions)
                .map(StaffAccount::username)
                .orElseThrow(() -> new NotAnAssignee(assignee));
        return act(id, question -> question.assign(to, actor, clock.instant()));
    }

    @Override
    public QuestionView approve(QuestionId id, Actor actor, String editedText) {
        return act(
                id,
                question -> question.approve(
                        actor,
                        drafts.latest(question.id, DraftStore.MACHINE).orElse(null),
                        editedText,
                        this::file,
                        now()));
    }

    @Override
    public QuestionView reject(QuestionId id, Actor actor, String reason) {
        return act(id, question -> question.reject(actor, reason, answerDue(question), now()));
    }

    @Override
    public QuestionView escalate(QuestionId id, Actor actor, String reason) {
        return act(id, question -> question.escalate(actor, reason, answerDue(question), now()));
    }

    @Override
    public QuestionView answer(QuestionId id, Actor actor, String text) {
        return act(id, question -> question.answer(actor, text, this::file, now()));
    }

    @Override
    public QuestionView close(QuestionId id, Actor actor, String reason) {
        return act(id, question -> question.close(actor, reason, now()));
    }

    @Override
    public QuestionView resolve(QuestionId id, Asker asker) {
        return act(id, question -> question.resolve(asker, now()));
    }

    @Override
    public QuestionView revise(QuestionId id, Asker asker, String text) {
        Question question = locked(id);
        question.requireAskedBy(asker);
        question.revise(asker, QuestionRefused.require(text), now());
        return views.of(store(question));
    }

    @Override
    public QuestionView reopen(QuestionId id, Asker asker, String reason) {
        return act(id, question -> question.reopen(asker, reason, answerDue(question), now()));
    }

    @Override
    public QuestionView markDelivered(QuestionId id) {
        return act(id, question -> question.delivered(now()));
    }

    @Override
    public AuditEvent note(QuestionId id, Actor actor, String text) {
        Question question = find(id);
        question.note(actor, text, now());
        question.takeRecorded().forEach(entry -> audit.append(question.id, entry));
        List<AuditEvent> history = audit.of(question.id);
        return history.get(history.size() - 1);
    }

    @Override
    public QuestionView place(QuestionId id, String commune, String province, Actor actor) {
        Place place = units.resolve(commune, province);
        return act(id, question -> question.place(place, actor, now()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEvent> history(QuestionId id) {
        return audit.of(find(id).id);
    }

    /** Stores the final text and enters it in the register: what a question's answer is filed with. */
    private long file(Question question, String text, List<Citation> citations, String actor, Instant at) {
        drafts.addFinal(question.id, text, citations, actor, at);
        return register.register(question.id, question.text, text, citations, actor, at);
    }

    private QuestionView act(QuestionId id, Consumer<Question> action) {
        Question question = locked(id);
        action.accept(question);
        return views.of(store(question));
    }

    /** Saves the question (publishing its events) and appends what it recorded to the trail. */
    private Question store(Question question) {
        Question saved = questions.save(question);
        question.takeRecorded().forEach(entry -> audit.append(saved.id, entry));
        return saved;
    }

    private Instant answerDue(Question question) {
        return sla.answerDue(router.office(question.officeId), now());
    }

    private Instant now() {
        return clock.instant();
    }

    private Question find(QuestionId id) {
        return questions.findById(id.value()).orElseThrow(() -> new QuestionNotFound(id));
    }

    private Question locked(QuestionId id) {
        return questions.lockById(id.value()).orElseThrow(() -> new QuestionNotFound(id));
    }
}
