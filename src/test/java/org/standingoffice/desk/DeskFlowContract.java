package org.standingoffice.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import org.standingoffice.accounts.LastAdmin;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffAccount;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.places.UnknownPlace;
import org.standingoffice.reporting.Reports;
import org.standingoffice.reporting.ServiceFigures;
import org.standingoffice.search.KnowledgeReindexed;

/**
 * The question lifecycle against a real database, drafting with the real retriever over the
 * shipped knowledge base. Subclasses choose the database.
 */
@RecordApplicationEvents
abstract class DeskFlowContract {

    static final Actor ALICE = new Actor("alice", Role.STAFF);
    static final Actor BOB = new Actor("bob", Role.STAFF);
    static final Actor MANAGER = new Actor("mai", Role.MANAGER);
    static final String ANSWERABLE =
            "Who must guide the financial management of trade union assets at the provincial level?";
    static final String UNANSWERABLE = "What is the procedure to issue a building permit in a ward?";

    @Autowired
    Desk desk;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    OfficeDirectory offices;

    @Autowired
    AnswerRegistry registry;

    @Autowired
    StaffDirectory staff;

    @Autowired
    QuestionStatistics statistics;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Reports reports;

    QuestionView ask(String text, String asker) {
        QuestionView received = desk.receive(
                new NewQuestion(text, "Nguyễn Văn A", "Phường Ba Đình", "Hà Nội", null, "api", asker, null));
        assertThat(received.status()).isEqualTo(QuestionStatus.RECEIVED);
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> desk.get(received.id()), question -> question.status() != QuestionStatus.RECEIVED);
    }

    @Test
    void anAnswerableQuestionIsDraftedApprovedAnsweredAndDelivered() {
        QuestionView drafted = ask(ANSWERABLE, "u1");
        assertThat(drafted.status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);
        assertThat(drafted.draft().text()).contains("trade union system");
        assertThat(drafted.draft().citations()).extracting("section").contains("7(iii)");
        assertThat(drafted.dueAt()).isAfter(drafted.receivedAt());
        assertThat(drafted.language()).isEqualTo("en");

        desk.claim(drafted.id(), ALICE);
        QuestionView answered = desk.approve(drafted.id(), ALICE, null);
        assertThat(answered.status()).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(answered.answer().text()).isEqualTo(drafted.draft().text());
        assertThat(events.stream(QuestionAnswered.class)).anySatisfy(event -> {
            assertThat(event.id()).isEqualTo(drafted.id());
            assertThat(event.askerRef()).isEqualTo("u1");
        });

        assertThat(desk.markDelivered(drafted.id()).status()).isEqualTo(QuestionStatus.DELIVERED);
        assertThat(desk.history(drafted.id()))
                .extracting(AuditEvent::action)
                .containsExactly(
                        AuditAction.RECEIVED,
                        AuditAction.DRAFTED,
                        AuditAction.CLAIMED,
                        AuditAction.ANSWERED,
                        AuditAction.DELIVERED);
    }

    @Test
    void anApprovalSentAsABrowserSendsItIsApprovedAsDraftedAndSendsExactlyTheAnswer() {
        QuestionView drafted = ask(ANSWERABLE, "u60");
        String machine = drafted.draft().text();
        String asABrowserSendsIt = machine.replace("\n", "\r\n").replace("\r\n\r\n", "  \r\n\r\n") + "\r\n";

        QuestionView answered = desk.approve(drafted.id(), ALICE, asABrowserSendsIt);

        assertThat(answered.answer().text()).isEqualTo(machine);
        assertThat(machine).doesNotContain("\r").doesNotContain("kiểm tra trước khi gửi");
        assertThat(machine).doesNotContain("checks it before it is sent");
        assertThat(desk.history(drafted.id()))
                .last()
                .extracting(AuditEvent::outcome)
                .isEqualTo(Outcome.APPROVED_AS_DRAFTED);
        assertThat(events.stream(QuestionAnswered.class))
                .filteredOn(event -> event.id().equals(drafted.id()))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.text()).isEqualTo(machine);
                    assertThat(event.origin()).isEqualTo(QuestionAnswered.Origin.APPROVED);
                });
    }

    @Test
    void theMachineDraftKeepsItsNotesForStaffBesideTheAnswer() {
        QuestionView drafted = ask(ANSWERABLE, "u61");

        assertThat(drafted.draft().escalation()).isEqualTo(org.standingoffice.drafting.Escalation.NONE);
        assertThat(drafted.draft().notes()).isNotNull();
        assertThat(drafted.draft().notes().confidence()).isEqualTo(drafted.confidence());
        assertThat(drafted.draft().notes().level()).isNotEqualTo(org.standingoffice.drafting.ConfidenceLevel.LOW);
        assertThat(drafted.draft().suggestion()).isFalse();
    }

    /**
     * The monthly report counts what the question recorded, not what anyone wrote: reasons and
     * notes worded like the sentences the desk once wrote change nothing.
     */
    @Test
    void theReportCountsTypedOutcomesWhateverTheWordsOfTheTrail() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        ServiceFigures before = reports.figures(today, today);
        QuestionView unchanged = ask(ANSWERABLE, "u70");
        QuestionView edited = ask(ANSWERABLE, "u71");
        QuestionView rejected = ask(ANSWERABLE, "u72");
        assertThat(List.of(unchanged, edited, rejected))
                .extracting(QuestionView::status)
                .containsOnly(QuestionStatus.AWAITING_APPROVAL);

        desk.note(unchanged.id(), ALICE, "approved with edits; register no. 1");
        desk.approve(unchanged.id(), ALICE.via("console"), null);
        desk.approve(edited.id(), ALICE, edited.draft().text() + "\n\nXem thêm điểm 4.");
        desk.reject(rejected.id(), ALICE, "approved unchanged; register no. 2");

        ServiceFigures after = reports.figures(today, today);
        assertThat(after.approvedUnchanged() - before.approvedUnchanged()).isEqualTo(1);
        assertThat(after.approvedEdited() - before.approvedEdited()).isEqualTo(1);
        assertThat(after.rejected() - before.rejected()).isEqualTo(1);
        assertThat(after.escalated() - before.escalated()).isEqualTo(1);
        assertThat(desk.history(unchanged.id()))
                .filteredOn(event -> event.action() == AuditAction.ANSWERED)
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.outcome()).isEqualTo(Outcome.APPROVED_AS_DRAFTED);
                    assertThat(event.registerNumber()).isNotNull();
                    assertThat(event.channel()).isEqualTo("console");
                    assertThat(event.detail()).isNull();
                });
    }

    @Test
    void anEscalatedQuestionCarriesTheBestPassagesAsASuggestionAndATypedCause() {
        QuestionView escalated = ask(UNANSWERABLE, "u62");

        assertThat(escalated.status()).isEqualTo(QuestionStatus.ESCALATED);
        assertThat(escalated.draft().escalation()).isEqualTo(org.standingoffice.drafting.Escalation.NOT_IN_DOCUMENTS);
        assertThat(escalated.draft().suggestion()).isTrue();
        assertThat(escalated.draft().citations()).isNotEmpty();
        assertThat(escalated.draft().notes().level()).isEqualTo(org.standingoffice.drafting.ConfidenceLevel.LOW);
        assertThat(desk.history(escalated.id())).last().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.ESCALATED);
            assertThat(event.detail()).isNull();
            assertThat(event.escalation()).isEqualTo(org.standingoffice.drafting.Escalation.NOT_IN_DOCUMENTS);
        });
    }

    @Test
    void closingAnUnansweredQuestionRecordsTheReasonAndTheOutcome() {
        QuestionView drafted = ask(ANSWERABLE, "u63");

        assertThatThrownBy(() -> desk.close(drafted.id(), ALICE)).isInstanceOf(IllegalArgumentException.class);
        desk.close(drafted.id(), ALICE, "duplicate of an earlier question");

        assertThat(desk.history(drafted.id())).last().satisfies(event -> {
            assertThat(event.detail()).isEqualTo("duplicate of an earlier question");
            assertThat(event.outcome()).isEqualTo(Outcome.CLOSED_UNANSWERED);
        });
    }

    @Test
    void aLongAnswerIsPublishedWhole() {
        QuestionView escalated = ask(UNANSWERABLE, "u40");
        String longAnswer = "Đoạn trả lời dài. ".repeat(600);

        desk.answer(escalated.id(), BOB, longAnswer);

        assertThat(events.stream(QuestionAnswered.class))
                .anySatisfy(event -> assertThat(event.text()).isEqualTo(longAnswer.strip()));
    }

    @Test
    void anUnanswerableQuestionIsEscalatedAndAnsweredByStaff() {
        QuestionView escalated = ask(UNANSWERABLE, "u2");
        assertThat(escalated.status()).isEqualTo(QuestionStatus.ESCALATED);
        assertThat(escalated.dueAt()).isAfter(escalated.receivedAt().plus(Duration.ofDays(1)));

        QuestionView answered = desk.answer(escalated.id(), BOB, "Building permits are issued by the commune.");

        assertThat(answered.status()).isEqualTo(QuestionStatus.ANSWERED);
        assertThat(answered.answer().text()).isEqualTo("Building permits are issued by the commune.");
        assertThat(answered.dueAt()).isNull();
    }

    @Test
    void internalNotesJoinTheHistoryInAnyStatusAndChangeNothingElse() {
        QuestionView question = ask(UNANSWERABLE, "u41");
        desk.close(question.id(), ALICE, "asked twice");

        AuditEvent note = desk.note(question.id(), BOB, "  Phoned the commune; they found the answer locally.  ");

        assertThat(note.internal()).isTrue();
        assertThat(note.actor()).isEqualTo(BOB.name());
        assertThat(note.detail()).isEqualTo("Phoned the commune; they found the answer locally.");
        assertThat(note.from()).isEqualTo(QuestionStatus.CLOSED).isEqualTo(note.to());
        assertThat(desk.history(question.id())).last().isEqualTo(note);
        assertThat(desk.get(question.id()).status()).isEqualTo(QuestionStatus.CLOSED);
        assertThatThrownBy(() -> desk.note(question.id(), BOB, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> desk.note(question.id(), BOB, "x".repeat(Desk.NOTE_LIMIT + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(desk.note(question.id(), BOB, "é".repeat(Desk.NOTE_LIMIT)).detail())
                .hasSize(Desk.NOTE_LIMIT);
    }

    @Test
    void staffSetThePlaceOfAQuestionAskedWithoutOneAndAnUnknownPlaceIsRefused() {
        QuestionView received =
                desk.receive(new NewQuestion(UNANSWERABLE, "Lan", null, null, null, "telegram", "u-place", null));
        assertThat(received.commune()).isNull();

        QuestionView placed = desk.place(received.id(), "xa tan lap", "Long An", BOB);

        assertThat(placed.commune()).isEqualTo("Xã Tân Lập");
        assertThat(placed.province()).isEqualTo("Tỉnh Tây Ninh");
        assertThat(desk.history(received.id())).last().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.PLACE_SET);
            assertThat(event.actor()).isEqualTo(BOB.name());
            assertThat(event.detail()).isEqualTo("Xã Tân Lập, Tỉnh Tây Ninh");
        });
        assertThatThrownBy(() -> desk.place(received.id(), "Nowhere", "Hà Nội", BOB))
                .isInstanceOf(UnknownPlace.class);
        assertThat(desk.get(received.id()).commune()).isEqualTo("Xã Tân Lập");
    }

    @Test
    void draftsAreVersionedSoEditsAndRejectionsShow() {
        QuestionView edited = ask(ANSWERABLE, "u3");
        QuestionView approved = desk.approve(edited.id(), ALICE, "The Fatherland Front guides it (183-KL/TW, 7(iii)).");
        assertThat(approved.draft().text()).isNotEqualTo(approved.answer().text());
        assertThat(desk.history(edited.id()))
                .last()
                .extracting(AuditEvent::outcome)
                .isEqualTo(Outcome.EDITED);

        QuestionView rejected = desk.reject(ask(ANSWERABLE, "u4").id(), ALICE, "wrong point cited");
        assertThat(rejected.status()).isEqualTo(QuestionStatus.ESCALATED);
        assertThat(rejected.draft()).isNotNull();
        assertThat(desk.history(rejected.id())).last().satisfies(event -> {
            assertThat(event.detail()).isEqualTo("wrong point cited");
            assertThat(event.outcome()).isEqualTo(Outcome.REJECTED);
        });
    }

    @Test
    void illegalTransitionsAreRefusedWithTheReason() {
        QuestionView escalated = ask(UNANSWERABLE, "u5");

        assertThatThrownBy(() -> desk.approve(escalated.id(), ALICE, null))
                .isInstanceOf(DeskConflict.class)
                .hasMessageContaining("ESCALATED");
        assertThatThrownBy(() -> desk.close(escalated.id(), ALICE, " ")).isInstanceOf(IllegalArgumentException.class);
        desk.close(escalated.id(), ALICE, "the asker phoned; answered by phone");
        assertThatThrownBy(() -> desk.close(escalated.id(), ALICE))
                .isInstanceOf(DeskConflict.class)
                .hasMessageContaining("CLOSED");
        assertThatThrownBy(() -> desk.reject(escalated.id(), ALICE, " ")).isInstanceOf(DeskConflict.class);
        assertThatThrownBy(() -> desk.get(new QuestionId(987654))).isInstanceOf(QuestionNotFound.class);
        assertThatThrownBy(() -> desk.receive(new NewQuestion("  ", null, null, null, null, "api", "u", null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> desk.receive(
                        new NewQuestion(UNANSWERABLE, null, "Xã Nowhere", "Hà Nội", null, "api", "u", null)))
                .isInstanceOf(UnknownPlace.class)
                .hasMessageContaining("not a commune of Thành phố Hà Nội");
    }

    @Test
    void aClaimedQuestionIsWorkedOnlyByItsHolderOrAManager() {
        if (staff.find("alice").isEmpty()) {
            staff.create("alice", "Alice", Role.STAFF, null, "alice-password");
        }
        QuestionView question = ask(ANSWERABLE, "u6");
        desk.claim(question.id(), BOB);

        assertThatThrownBy(() -> desk.approve(question.id(), ALICE, null))
                .isInstanceOf(DeskConflict.class)
                .hasMessageContaining("claimed by bob");
        assertThatThrownBy(() -> desk.claim(question.id(), ALICE)).isInstanceOf(DeskConflict.class);
        assertThatThrownBy(() -> desk.assign(question.id(), "alice", ALICE)).isInstanceOf(DeskConflict.class);

        assertThat(desk.assign(question.id(), "alice", MANAGER).assignee()).isEqualTo("alice");
        assertThat(desk.history(question.id()))
                .extracting(AuditEvent::facts)
                .contains(AuditEvent.Facts.assignment("bob", "alice"));
        assertThatThrownBy(() -> desk.assign(question.id(), "nobody", MANAGER)).isInstanceOf(NotAnAssignee.class);
    }

    @Test
    void ofTwoConcurrentClaimsExactlyOneWins() throws Exception {
        QuestionView question = ask(ANSWERABLE, "u7");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<QuestionView>> claims =
                    List.of(() -> desk.claim(question.id(), ALICE), () -> desk.claim(question.id(), BOB));
            List<Throwable> failures = new ArrayList<>();
            int wins = 0;
            for (Future<QuestionView> outcome : pool.invokeAll(claims)) {
                try {
                    outcome.get();
                    wins++;
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertThat(wins).isEqualTo(1);
            assertThat(failures).singleElement().isInstanceOf(DeskConflict.class);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aNearDuplicateOfARegisteredAnswerShowsItAndAutoRepliesWhenTheOfficeSaysSo() {
        QuestionView first = ask("Who guides the finances and assets of the trade union system?", "u8");
        desk.approve(first.id(), ALICE, null);

        QuestionView again = ask("Who guides the finances and assets of the trade union system?", "u9");
        assertThat(again.status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);
        assertThat(again.similarAnswer()).isNotNull();
        assertThat(statistics.similarAnswers(again.id(), again.text(), 3))
                .first()
                .satisfies(earlier -> {
                    assertThat(earlier.number()).isEqualTo(again.similarAnswer());
                    assertThat(earlier.similarity()).isEqualTo(1.0);
                });
        assertThat(statistics.similarAnswers(again.id(), "Who guides the finances of the union in the province?", 3))
                .as("a looser likeness is shown for reference")
                .anySatisfy(earlier -> assertThat(earlier.similarity()).isBetween(0.3, 0.6));
        assertThat(statistics.similarAnswers(first.id(), first.text(), 3))
                .as("not its own registered answer")
                .extracting(QuestionStatistics.RegisteredAnswerText::number)
                .doesNotContain(again.similarAnswer());

        jdbc.sql("update office set auto_reply = true where id = 'central'").update();
        try {
            QuestionView auto = ask("Who guides the finances and assets of the trade union system?", "u10");
            assertThat(auto.status()).isEqualTo(QuestionStatus.ANSWERED);
            assertThat(desk.history(auto.id()))
                    .last()
                    .extracting(AuditEvent::actor)
                    .asString()
                    .contains("auto-reply");
        } finally {
            jdbc.sql("update office set auto_reply = false where id = 'central'")
                    .update();
        }
    }

    @Test
    void theAskersNegativeFeedbackReopensTheQuestionForStaff() {
        QuestionView question = ask(ANSWERABLE, "u11");
        desk.approve(question.id(), ALICE, null);

        assertThatThrownBy(() -> desk.reopen(question.id(), new Asker("api", "someone-else"), "no"))
                .isInstanceOf(QuestionNotFound.class);
        QuestionView reopened = desk.reopen(question.id(), new Asker("api", "u11"), "still unclear");

        assertThat(reopened.status()).isEqualTo(QuestionStatus.ESCALATED);
        assertThat(events.stream(QuestionEscalated.class))
                .anySatisfy(event -> assertThat(event.reason()).contains("still unclear"));
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteTheAuditTrail() {
        QuestionView question = ask(UNANSWERABLE, "u14");

        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'mallory' where question_id = ?")
                        .param(question.id().value())
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where question_id = ?")
                        .param(question.id().value())
                        .update())
                .hasMessageContaining("append-only");
        assertThat(desk.history(question.id())).extracting(AuditEvent::actor).doesNotContain("mallory");
    }

    @Test
    void routingRulesSendQuestionsToTheirOfficeAndTheDefaultOfficeTakesTheRest() {
        offices.save(new OfficeSettings("dong-nai", "Văn phòng Thường trực tỉnh Đồng Nai", false, false, 2, 2));
        offices.save(new OfficeSettings("justice", "Ministry of Justice desk", false, false, 4, 5));
        RoutingRuleView byProvince =
                offices.addRoutingRule(new RoutingRuleView(null, "dong-nai", "Đồng Nai", null, null, 10));
        RoutingRuleView byDocument =
                offices.addRoutingRule(new RoutingRuleView(null, "justice", null, null, "412/TB-VPCP", 20));
        try {
            QuestionView fromDongNai =
                    desk.receive(new NewQuestion(UNANSWERABLE, "B", "xa phu ly", "Dong Nai", null, "api", "u20", null));
            assertThat(fromDongNai.office()).isEqualTo("dong-nai");
            assertThat(fromDongNai.commune()).isEqualTo("Xã Phú Lý");
            assertThat(fromDongNai.province()).isEqualTo("Thành phố Đồng Nai");
            assertThat(desk.receive(new NewQuestion(
                                    UNANSWERABLE, "C", "xa phu ly", "Dong Nai", null, "api", "u23", "justice"))
                            .office())
                    .as("the asker's own office serves them, whatever the rules say")
                    .isEqualTo("justice");
            assertThat(desk.receive(new NewQuestion(
                                    UNANSWERABLE, "D", "xa phu ly", "Dong Nai", null, "api", "u24", "dissolved"))
                            .office())
                    .isEqualTo("dong-nai");

            QuestionView citingTheNotice = ask("When did the Government Office issue Document 412/TB-VPCP?", "u21");
            assertThat(citingTheNotice.office()).isEqualTo("justice");

            assertThat(ask(UNANSWERABLE, "u22").office()).isEqualTo("central");
            assertThatThrownBy(() -> offices.addRoutingRule(new RoutingRuleView(null, "nowhere", "Huế", null, null, 1)))
                    .isInstanceOf(IllegalArgumentException.class);
        } finally {
            offices.removeRoutingRule(byProvince.id());
            offices.removeRoutingRule(byDocument.id());
        }
    }

    @Test
    void answersCitingAChangedDocumentAreFlaggedAndTheirRevisionReachesTheAskers() {
        QuestionView question = ask(ANSWERABLE, "u23");
        desk.approve(question.id(), ALICE, null);

        transactions.executeWithoutResult(
                status -> publisher.publishEvent(new KnowledgeReindexed(List.of("183-KL/TW"))));

        RegisteredAnswer flagged = Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(
                        () -> registry.needingReview().stream()
                                .filter(entry -> entry.question().equals(question.id()))
                                .findFirst()
                                .orElse(null),
                        entry -> entry != null);
        RegisteredAnswer revised =
                registry.review(flagged.number(), MANAGER, "Revised: see Conclusion 183-KL/TW, point 7(iii).");

        assertThat(revised.needsReview()).isFalse();
        assertThat(events.stream(AnswerRevised.class)).anySatisfy(event -> {
            assertThat(event.id()).isEqualTo(question.id());
            assertThat(event.askerRef()).isEqualTo("u23");
            assertThat(event.text()).startsWith("Revised");
        });
        assertThat(desk.history(question.id())).extracting(AuditEvent::action).contains(AuditAction.ANSWER_REVISED);
    }

    @Test
    void anAskerEditingAQuestionAwaitingApprovalGetsItDraftedAgain() {
        QuestionView drafted = ask(UNANSWERABLE, "u30");
        assertThatThrownBy(() -> desk.revise(drafted.id(), new Asker("api", "u31"), ANSWERABLE))
                .isInstanceOf(QuestionNotFound.class);

        QuestionView asked = ask("What must the Ministry of Justice review?", "u32");
        assertThat(asked.status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);
        desk.revise(asked.id(), new Asker("api", "u32"), ANSWERABLE);

        QuestionView redrafted = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> desk.get(asked.id()),
                        question -> question.status() == QuestionStatus.AWAITING_APPROVAL
                                && question.draft().text().contains("trade union"));
        assertThat(redrafted.text()).isEqualTo(ANSWERABLE);
        assertThat(desk.history(asked.id()))
                .extracting(AuditEvent::action)
                .containsSubsequence(AuditAction.DRAFTED, AuditAction.EDITED, AuditAction.DRAFTED);

        desk.approve(asked.id(), ALICE, null);
        assertThatThrownBy(() -> desk.revise(asked.id(), new Asker("api", "u32"), "too late"))
                .isInstanceOf(DeskConflict.class);
    }

    @Test
    void theStatisticsForReportsReadTheQuestionsAndTheirHistory() {
        Instant start = Instant.now().minusSeconds(1);
        QuestionView escalated = ask(UNANSWERABLE, "u50");
        QuestionView answered = ask(ANSWERABLE, "u51");
        desk.approve(answered.id(), ALICE, null);
        Instant end = Instant.now().plusSeconds(1);
        QuestionStatistics.QuestionQuery openEscalated = new QuestionStatistics.QuestionQuery(
                Set.of(QuestionStatus.ESCALATED), "central", null, null, null, null);

        assertThat(statistics.receivedBetween(start, end))
                .extracting(QuestionStatistics.QuestionSummary::id)
                .contains(escalated.id(), answered.id());
        assertThat(statistics.answeredBetween(start, end))
                .extracting(QuestionStatistics.QuestionSummary::id)
                .contains(answered.id())
                .doesNotContain(escalated.id());
        assertThat(statistics.find(openEscalated, 500))
                .extracting(QuestionStatistics.QuestionSummary::id)
                .contains(escalated.id());
        assertThat(statistics.count(openEscalated)).isPositive();
        assertThat(statistics.find(
                        new QuestionStatistics.QuestionQuery(null, null, null, null, "Thành phố Hà Nội", end), 500))
                .extracting(QuestionStatistics.QuestionSummary::id)
                .contains(escalated.id(), answered.id());
        assertThat(statistics.count(
                        new QuestionStatistics.QuestionQuery(null, null, null, null, "Thành phố Huế", null)))
                .isZero();
        assertThat(statistics.find(new QuestionStatistics.QuestionQuery(null, null, null, null, null, start), 5000))
                .as("received before the test started: older than these two")
                .extracting(QuestionStatistics.QuestionSummary::id)
                .doesNotContain(escalated.id(), answered.id());
        assertThat(statistics.find(
                        new QuestionStatistics.QuestionQuery(
                                null, null, null, Instant.now().plus(Duration.ofDays(30)), null, null),
                        500))
                .extracting(QuestionStatistics.QuestionSummary::id)
                .contains(escalated.id())
                .doesNotContain(answered.id());
        assertThat(statistics.eventsBetween(start, end))
                .extracting(AuditEvent::question)
                .contains(answered.id());
        assertThat(statistics.lastEvents(Set.of(answered.id())))
                .singleElement()
                .extracting(AuditEvent::action)
                .isEqualTo(AuditAction.ANSWERED);
        assertThat(statistics.citedDocuments(start, end))
                .hasEntrySatisfying("183-KL/TW", count -> assertThat(count).isPositive());
        assertThat(statistics.citedDocuments(end, end.plusSeconds(60))).isEmpty();
    }

    @Test
    void askersSeeOnlyTheirOwnQuestions() {
        ask(UNANSWERABLE, "u12");
        ask(UNANSWERABLE, "u13");

        QuestionPage mine = desk.list(new QuestionFilter(null, null, "api", "u12"), 0, 10);

        assertThat(mine.questions()).extracting(QuestionView::askerRef).containsOnly("u12");
        assertThat(mine.total()).isEqualTo(1);
    }

    @Test
    void aNewPasswordIsDatedButARehashOfTheSameOneIsNot() {
        staff.create("pw-dated", "Dated", Role.STAFF, null, "first password");
        assertThat(staff.find("pw-dated").orElseThrow().credentialsChangedAt()).isNull();

        staff.replacePasswordHash(
                "pw-dated", staff.credentials("pw-dated").orElseThrow().passwordHash());
        assertThat(staff.find("pw-dated").orElseThrow().credentialsChangedAt()).isNull();

        Instant before = Instant.now().minusSeconds(1);
        staff.changePassword("pw-dated", "second password");
        assertThat(staff.find("pw-dated").orElseThrow().credentialsChangedAt()).isAfter(before);
        assertThatThrownBy(() -> staff.changePassword("nobody-here", "second password"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAccountIsDisabledEnabledAndGivenAnotherRoleAndOffice() {
        offices.save(new OfficeSettings("hai-phong", "Văn phòng Thường trực Hải Phòng", false, false, 4, 3));
        staff.create("cam", "Cam", Role.STAFF, null, "a long enough password");

        staff.disable("cam");
        assertThat(staff.find("cam"))
                .hasValueSatisfying(account -> assertThat(account.enabled()).isFalse());
        staff.enable("cam");
        StaffAccount moved = staff.reassign("cam", Role.MANAGER, "hai-phong");

        assertThat(staff.find("cam")).contains(moved);
        assertThat(moved.enabled()).isTrue();
        assertThat(moved.role()).isEqualTo(Role.MANAGER);
        assertThat(moved.office()).isEqualTo("hai-phong");
        assertThatThrownBy(() -> staff.reassign("cam", Role.STAFF, "atlantis"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> staff.disable("nobody")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLastEnabledAdminCannotBeDisabledOrDemotedNotEvenByTwoAdminsAtOnce() throws Exception {
        staff.create("ada", "Ada", Role.ADMIN, null, "a long enough password");
        staff.create("bea", "Bea", Role.ADMIN, null, "a long enough password");

        staff.disable("ada");
        assertThatThrownBy(() -> staff.disable("bea")).isInstanceOf(LastAdmin.class);
        assertThatThrownBy(() -> staff.reassign("bea", Role.STAFF, null)).isInstanceOf(LastAdmin.class);
        staff.reassign("bea", Role.ADMIN, "central");
        staff.enable("ada");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Void>> eachOther = List.of(
                    () -> {
                        staff.disable("ada");
                        return null;
                    },
                    () -> {
                        staff.disable("bea");
                        return null;
                    });
            List<Throwable> failures = new ArrayList<>();
            for (Future<Void> outcome : pool.invokeAll(eachOther)) {
                try {
                    outcome.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertThat(failures).singleElement().isInstanceOf(LastAdmin.class);
            assertThat(staff.list(0, 100))
                    .filteredOn(account -> account.role() == Role.ADMIN && account.enabled())
                    .hasSize(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void serviceLevelsOutsideTheirBoundsAreRefused() {
        for (OfficeSettings invalid : List.of(
                new OfficeSettings("quang-ninh", "Quảng Ninh", false, false, 0, 3),
                new OfficeSettings("quang-ninh", "Quảng Ninh", false, false, OfficeSettings.MAX_APPROVAL_HOURS + 1, 3),
                new OfficeSettings("quang-ninh", "Quảng Ninh", false, false, 4, OfficeSettings.MAX_ANSWER_DAYS + 1),
                new OfficeSettings("quang-ninh", " ", false, false, 4, 3),
                new OfficeSettings("Quảng Ninh", "Quảng Ninh", false, false, 4, 3))) {
            assertThatThrownBy(() -> offices.save(invalid)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(offices.offices()).extracting(OfficeSettings::id).doesNotContain("quang-ninh", "Quảng Ninh");
    }
}
