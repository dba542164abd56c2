package org.standingoffice.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standingoffice.accounts.Role;
import org.standingoffice.desk.Actor;
import org.standingoffice.desk.Asker;
import org.standingoffice.desk.AuditAction;
import org.standingoffice.desk.AuditEvent.Facts;
import org.standingoffice.desk.DeskConflict;
import org.standingoffice.desk.DraftView;
import org.standingoffice.desk.NewQuestion;
import org.standingoffice.desk.Outcome;
import org.standingoffice.desk.QuestionAnswered;
import org.standingoffice.desk.QuestionAssigned;
import org.standingoffice.desk.QuestionAwaitingApproval;
import org.standingoffice.desk.QuestionEscalated;
import org.standingoffice.desk.QuestionNotFound;
import org.standingoffice.desk.QuestionReceived;
import org.standingoffice.desk.QuestionStatus;

/** The question's own rules, without a database: what it allows, refuses and records. */
class QuestionTests {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final Instant DUE = NOW.plus(Duration.ofDays(3));
    static final Actor LAN = new Actor("lan", Role.STAFF);
    static final Actor BAO = new Actor("bao", Role.STAFF);
    static final Actor MAI = new Actor("mai", Role.MANAGER);
    static final Asker ASKER = new Asker("telegram", "1001");
    static final DraftView MACHINE = new DraftView(
            "MACHINE", "Điểm 4(2): Bộ Tư pháp rà soát.", List.of(), "extractive", NOW, "system", null, null);

    final List<String> filed = new ArrayList<>();
    final Question.AnswerFiling filing = (question, text, citations, actor, at) -> {
        filed.add(text);
        return 41 + filed.size();
    };

    @Test
    void aReceivedQuestionRecordsItsOfficeAndGoesToApprovalWithItsEvent() {
        Question question = awaitingApproval();

        assertThat(question.takeRecorded())
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.RECEIVED, AuditAction.DRAFTED);
        assertThat(question.registeredEvents()).singleElement().isInstanceOf(QuestionAwaitingApproval.class);
        assertThat(question.takeRecorded()).isEmpty();
    }

    @Test
    void onlyItsHolderOrAManagerWorksAClaimedQuestion() {
        Question question = awaitingApproval();
        question.claim(LAN, NOW);
        question.claim(LAN, NOW);

        assertThatThrownBy(() -> question.claim(BAO, NOW)).isInstanceOf(DeskConflict.class);
        assertThatThrownBy(() -> question.approve(BAO, MACHINE, null, filing, NOW))
                .isInstanceOf(DeskConflict.class)
                .hasMessageContaining("claimed by lan");
        assertThatThrownBy(() -> question.assign("bao", BAO, NOW)).isInstanceOf(DeskConflict.class);
        question.assign("bao", MAI, NOW);

        assertThat(question.assignee).isEqualTo("bao");
        assertThat(question.registeredEvents())
                .as("taken once, then given: the channels show each holder; taking it again is no news")
                .filteredOn(QuestionAssigned.class::isInstance)
                .extracting(event -> ((QuestionAssigned) event).assignee())
                .containsExactly("lan", "bao");
        assertThat(question.takeRecorded())
                .extracting(AuditEntry::facts)
                .endsWith(Facts.assignment(null, "lan"), Facts.assignment("lan", "bao"));
    }

    @Test
    void approvingRecordsWhetherTheDraftWasEditedAndTheRegisterNumber() {
        Question unchanged = awaitingApproval();
        unchanged.approve(LAN, MACHINE, MACHINE.text() + "  \n", filing, NOW);
        Question edited = awaitingApproval();
        edited.approve(LAN, MACHINE, "Bộ Tư pháp rà soát trong quý III.", filing, NOW);

        AuditEntry answered = last(unchanged);
        assertThat(answered.outcome()).isEqualTo(Outcome.APPROVED_AS_DRAFTED);
        assertThat(answered.facts()).isEqualTo(Facts.register(42));
        assertThat(last(edited).outcome()).isEqualTo(Outcome.EDITED);
        assertThat(filed).containsExactly(MACHINE.text(), "Bộ Tư pháp rà soát trong quý III.");
        assertThat(edited.status).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(edited.dueAt).isNull();
        assertThat(edited.registeredEvents())
                .filteredOn(QuestionAnswered.class::isInstance)
                .singleElement()
                .extracting(event -> ((QuestionAnswered) event).origin())
                .isEqualTo(QuestionAnswered.Origin.EDITED);
        assertThatThrownBy(() -> edited.approve(LAN, MACHINE, null, filing, NOW))
                .isInstanceOf(DeskConflict.class)
                .hasMessageContaining("only a draft awaiting approval");
    }

    @Test
    void rejectingNeedsAReasonAndEscalatesWithANewDueTime() {
        Question question = awaitingApproval();

        assertThatIllegalArgumentException().isThrownBy(() -> question.reject(LAN, " ", DUE, NOW));
        question.reject(LAN, "wrong point", DUE, NOW);

        assertThat(question.status).isEqualTo(QuestionStatus.ESCALATED);
        assertThat(question.dueAt).isEqualTo(DUE);
        AuditEntry entry = last(question);
        assertThat(entry.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(entry.detail()).isEqualTo("wrong point");
        assertThat(question.registeredEvents()).last().isInstanceOf(QuestionEscalated.class);
        assertThatThrownBy(() -> question.answer(LAN, " ", filing, NOW)).isInstanceOf(IllegalArgumentException.class);
        question.answer(LAN, "Bộ Tư pháp.", filing, NOW);
        assertThat(last(question).outcome()).isEqualTo(Outcome.ANSWERED_BY_HAND);
    }

    @Test
    void toAnyoneButItsAskerTheQuestionDoesNotExist() {
        Question question = awaitingApproval();
        Asker sameRefOtherChannel = new Asker("api", ASKER.ref());

        assertThatThrownBy(() -> question.revise(sameRefOtherChannel, "x?", NOW))
                .isInstanceOf(QuestionNotFound.class);
        assertThatThrownBy(() -> question.reopen(new Asker("telegram", "9"), null, DUE, NOW))
                .isInstanceOf(QuestionNotFound.class);
        question.revise(ASKER, "Ai rà soát quy định chồng chéo?", NOW);

        assertThat(question.status).isEqualTo(QuestionStatus.RECEIVED);
        assertThat(question.registeredEvents()).last().isInstanceOf(QuestionReceived.class);
        AuditEntry edited = last(question);
        assertThat(edited.detail()).isEqualTo("Ai rà soát?");
        assertThat(edited.actor()).isEqualTo("telegram:1001");
        assertThat(edited.channel()).isEqualTo("telegram");
    }

    @Test
    void theAskerResolvesAnAnsweredQuestionOnceAndCannotCloseAnUnansweredOne() {
        Question open = awaitingApproval();
        assertThatIllegalArgumentException().isThrownBy(() -> open.resolve(ASKER, NOW));

        Question answered = awaitingApproval();
        answered.approve(LAN, MACHINE, null, filing, NOW);
        answered.resolve(ASKER, NOW);
        answered.resolve(ASKER, NOW);

        assertThat(answered.status).isEqualTo(QuestionStatus.CLOSED);
        assertThat(answered.takeRecorded()).extracting(AuditEntry::action).containsOnlyOnce(AuditAction.CLOSED);
    }

    private Question awaitingApproval() {
        Question question = Question.received(
                new NewQuestion("Ai rà soát?", "Lan", null, null, "vi", "telegram", ASKER.ref(), null),
                "Ai rà soát?",
                null,
                "telegram",
                "central",
                DUE,
                NOW);
        question.id = 7L;
        question.awaitApproval(NOW);
        return question;
    }

    private static AuditEntry last(Question question) {
        List<AuditEntry> recorded = question.takeRecorded();
        return recorded.get(recorded.size() - 1);
    }
}
