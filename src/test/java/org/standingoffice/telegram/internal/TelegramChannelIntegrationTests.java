package org.standingoffice.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standingoffice.telegram.internal.TelegramFixture.ANSWERABLE;
import static org.standingoffice.telegram.internal.TelegramFixture.STAFF_GROUP;
import static org.standingoffice.telegram.internal.TelegramFixture.UNANSWERABLE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.standingoffice.FixedDecision;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.desk.Actor;
import org.standingoffice.desk.AuditEvent;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.DraftView;
import org.standingoffice.desk.OfficeDirectory;
import org.standingoffice.desk.OfficeSettings;
import org.standingoffice.desk.QuestionAnswered;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.desk.QuestionView;
import org.standingoffice.desk.SlaBreached;
import org.standingoffice.desk.SlaReminderDue;
import org.standingoffice.telegram.TelegramInvites;
import org.standingoffice.telegram.TelegramStaffLink;
import org.standingoffice.telegram.TelegramStaffLinks;
import org.standingoffice.telegram.internal.asker.AnswerDelivery;
import org.standingoffice.telegram.internal.delivery.Outbox;
import org.standingoffice.telegram.internal.delivery.Outgoing;
import org.standingoffice.telegram.internal.staff.StaffCards;
import org.standingoffice.telegram.internal.transport.SetAsideMonitor;
import org.standingoffice.telegram.internal.transport.TelegramHealth;
import org.standingoffice.telegram.internal.transport.UpdateCodec;
import org.standingoffice.telegram.internal.transport.UpdateIntake;

/**
 * The channel end to end: the real TelegramBots client long-polls a Bot API stub on 127.0.0.1 that
 * serves real update JSON; the desk, drafting and search are the real ones over the shipped
 * knowledge base, on H2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class TelegramChannelIntegrationTests {

    static final BotApiStub stub = new BotApiStub();
    static final Actor MANAGER = new Actor("mai", Role.MANAGER);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        TelegramFixture.connect(registry, stub, dataDir);
        registry.add("office.telegram.registration", () -> "open");
        registry.add("office.telegram.staff-language", () -> "en");
        FixedDecision.pin(registry);
        registry.add("office.telegram.delivery.first-retry", () -> "100ms");
    }

    /** Closes the stub with the context, after the channel stopped calling it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class StubLifecycle {
        @Bean(destroyMethod = "close")
        BotApiStub botApiStub() {
            return stub;
        }
    }

    @Autowired
    Desk desk;

    @Autowired
    TelegramHealth health;

    @Autowired
    TelegramInvites invites;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Outbox outbox;

    @Autowired
    AnswerDelivery delivery;

    @Autowired
    StaffDirectory directory;

    @Autowired
    TelegramStaffLinks links;

    @Autowired
    StaffCards cards;

    TelegramFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new TelegramFixture(stub, desk, invites);
        stub.member(7001, "member");
        stub.member(7002, "administrator");
    }

    @Test
    void aCardTooLongForTelegramIsCutAndLinksToTheConsole() {
        long chat = 1090;
        fixture.register(chat);
        QuestionView asked = fixture.ask(chat, 10, ANSWERABLE);
        DraftView draft = asked.draft();
        String longAnswer = "«A long quoted sentence of the documents.» (183-KL/TW, 4(2))\n\n".repeat(120);
        QuestionView longer = new QuestionView(
                asked.id(),
                asked.status(),
                "Why? ".repeat(400),
                asked.language(),
                asked.askerName(),
                asked.commune(),
                asked.province(),
                asked.channel(),
                asked.askerRef(),
                asked.office(),
                asked.assignee(),
                asked.confidence(),
                new DraftView(
                        draft.kind(),
                        longAnswer,
                        draft.citations(),
                        draft.drafter(),
                        draft.createdAt(),
                        draft.createdBy(),
                        draft.escalation(),
                        draft.notes()),
                null,
                null,
                asked.receivedAt(),
                asked.dueAt(),
                null,
                asked.version());

        String card = cards.render(longer, null, List.of("Claimed by alice"));

        assertThat(card.length()).isLessThanOrEqualTo(Html.MAX_MESSAGE);
        assertThat(card)
                .contains("Best passages", "Claimed by alice")
                .contains(
                        "more in the console: /console/questions/" + asked.id().value());
        assertThat(cards.render(asked, null, List.of())).doesNotContain("more in the console");
    }

    static ObjectNode alice() {
        return Updates.user(7001, "Alice", "alice", "en");
    }

    static ObjectNode bob() {
        return Updates.user(7002, "Bob", "bob", "en");
    }

    @Test
    void anOfficialAsksStaffApproveInTheGroupAndTheCitedAnswerArrivesAsAReply() {
        long chat = 1001;
        fixture.register(chat);
        QuestionView question = fixture.ask(chat, 10, ANSWERABLE);
        assertThat(question.status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);
        assertThat(question.channel()).isEqualTo("telegram");
        assertThat(question.commune()).isEqualTo("Phường Ba Đình");
        QuestionId id = question.id();

        BotApiStub.Call card = fixture.card(id, "ap");
        assertThat(card.text())
                .contains("no. " + id, "Phường Ba Đình", "Best passages", "183-KL/TW", "Draft", "Confidence: ")
                .doesNotContain("extractive");
        assertThat(TelegramFixture.callbacks(card))
                .containsExactly("s:ap:" + id, "s:ed:" + id, "s:es:" + id, "s:rj:" + id, "s:cl:" + id);

        stub.push(Updates.press("cb-approve", alice(), STAFF_GROUP, stub.messageIdOf(card), "s:ap:" + id));

        BotApiStub.Call answer = stub.awaitSent(chat, call -> call.text().startsWith("<b>Answer to your question"));
        // Approved unchanged, the asker gets exactly the draft's answer: no line meant for staff.
        assertThat(answer.text())
                .contains(Html.escape(question.draft().text()))
                .doesNotContain("checks it before it is sent")
                .doesNotContain("Confidence");
        assertThat(answer.body().path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
        assertThat(answer.body().path("reply_parameters").path("message_id").asInt())
                .isEqualTo(10);
        assertThat(answer.text()).contains("trade union", "<b>Sources</b>", "183-KL/TW");
        assertThat(TelegramFixture.callbacks(answer)).containsExactly("fb:ok:" + id, "fb:no:" + id);
        assertThat(fixture.awaitStatus(id, QuestionStatus.DELIVERED).answer().createdBy())
                .isEqualTo("alice");

        BotApiStub.Call edited = stub.awaitCall(
                "editmessagetext",
                call -> call.chatId() == STAFF_GROUP && call.text().contains("Approved by alice"));
        assertThat(edited.body().path("message_id").asInt()).isEqualTo(stub.messageIdOf(card));
        assertThat(edited.body().has("reply_markup")).isFalse();
        assertThat(stub.calls("answercallbackquery"))
                .anySatisfy(
                        call -> assertThat(call.body().path("callback_query_id").asText())
                                .isEqualTo("cb-approve"));
        assertThat(desk.history(id)).extracting(AuditEvent::actor).contains("alice");
    }

    @Test
    void ofTwoStaffPressingApproveAtOnceOneWinsAndTheOtherIsToldWho() {
        long chat = 1002;
        fixture.register(chat);
        QuestionId id = fixture.ask(chat, 10, ANSWERABLE).id();
        int card = stub.messageIdOf(fixture.card(id, "ap"));

        stub.push(Updates.press("cb-bob", bob(), STAFF_GROUP, card, "s:ap:" + id));
        stub.push(Updates.press("cb-alice", alice(), STAFF_GROUP, card, "s:ap:" + id));

        BotApiStub.Call lost = stub.awaitCall(
                "answercallbackquery",
                call -> call.body().path("callback_query_id").asText().equals("cb-alice"));
        assertThat(lost.body().path("show_alert").asBoolean()).isTrue();
        assertThat(lost.body().path("text").asText()).contains("already answered", "bob");
        fixture.awaitStatus(id, QuestionStatus.DELIVERED);
        assertThat(fixture.sentContaining(chat, "Answer to your question")).hasSize(1);
        assertThat(desk.get(id).answer().createdBy()).isEqualTo("bob");
    }

    @Test
    void deadlineWarningsReachTheStaffGroupAsRepliesToTheCardOnce() {
        long chat = 1032;
        fixture.register(chat);
        QuestionView question = fixture.ask(chat, 10, ANSWERABLE);
        QuestionId id = question.id();
        BotApiStub.Call card = fixture.card(id, "ap");
        Instant due = Instant.parse("2026-08-31T10:00:00Z");

        for (int delivery = 0; delivery < 2; delivery++) {
            transactions.executeWithoutResult(status -> {
                publisher.publishEvent(new SlaReminderDue(id, "central", "bob<script>", due));
                publisher.publishEvent(new SlaBreached(id, "central", due));
            });
        }

        BotApiStub.Call reminder =
                stub.awaitSent(STAFF_GROUP, call -> call.text().contains("Question no. " + id + " is due"));
        BotApiStub.Call breach =
                stub.awaitSent(STAFF_GROUP, call -> call.text().contains("Question no. " + id + " is overdue"));
        assertThat(reminder.text()).contains("bob&lt;script&gt; holds it");
        for (BotApiStub.Call warning : List.of(reminder, breach)) {
            assertThat(warning.body()
                            .path("reply_parameters")
                            .path("message_id")
                            .asInt())
                    .isEqualTo(stub.messageIdOf(card));
        }
        TelegramFixture.awaitSettled(jdbc, STAFF_GROUP, SlaReminderDue.class, SlaBreached.class);
        assertThat(TelegramFixture.outboxRows(jdbc, id, Outgoing.Kind.SLA)).containsExactly(Outbox.SENT, Outbox.SENT);
        assertThat(stub.sentTo(STAFF_GROUP))
                .filteredOn(call -> call.text().contains("Question no. " + id + " is"))
                .hasSize(2);
    }

    @Test
    void aDeadlineWarningNamesAHolderWithoutATelegramUserNameByTheirTelegramName() {
        long chat = 1033;
        fixture.register(chat);
        QuestionView question = fixture.ask(chat, 10, ANSWERABLE);
        QuestionId id = question.id();
        fixture.card(id, "ap");
        jdbc.sql("insert into telegram_staff_name (user_id, display_name, updated_at) values (7006, 'Hà Phạm', ?)")
                .params(java.sql.Timestamp.from(Instant.now()))
                .update();

        transactions.executeWithoutResult(status -> publisher.publishEvent(
                new SlaReminderDue(id, "central", "tg-7006", Instant.parse("2026-08-31T10:00:00Z"))));

        BotApiStub.Call reminder =
                stub.awaitSent(STAFF_GROUP, call -> call.text().contains("Question no. " + id + " is due"));
        assertThat(reminder.text()).contains("Hà Phạm holds it").doesNotContain("tg-7006");
    }

    @Test
    void someoneOutsideTheStaffGroupCannotActOnACard() {
        long chat = 1003;
        fixture.register(chat);
        QuestionId id = fixture.ask(chat, 10, ANSWERABLE).id();
        int card = stub.messageIdOf(fixture.card(id, "ap"));
        ObjectNode mallory = Updates.user(7666, "Mallory", "mallory", "en");

        stub.push(Updates.press("cb-mallory", mallory, STAFF_GROUP, card, "s:ap:" + id));

        BotApiStub.Call refused = stub.awaitCall(
                "answercallbackquery",
                call -> call.body().path("callback_query_id").asText().equals("cb-mallory"));
        assertThat(refused.body().path("text").asText()).contains("Only members of the staff group");
        assertThat(stub.calls("getchatmember"))
                .anySatisfy(
                        call -> assertThat(call.body().path("user_id").asLong()).isEqualTo(7666));
        assertThat(desk.get(id).status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);
        assertThat(desk.history(id)).extracting(AuditEvent::actor).doesNotContain("mallory");
    }

    @Test
    void staffWhoLinkedTheirConsoleAccountActAsItWithItsRoleInTheStaffGroup() {
        directory.create("mai", "Mai", Role.MANAGER, null, "mai's long passphrase");
        ObjectNode carol = staffMember(7003, "carol");
        String code = links.issueCode("mai").code();

        // Typed in lower case, as phones do: codes are forgiven their case.
        stub.push(Updates.text(carol, 7003, 1, "/link " + code.toLowerCase(java.util.Locale.ROOT)));

        BotApiStub.Call linked = stub.awaitSent(7003, call -> call.text().contains("console account"));
        assertThat(linked.text())
                .isEqualTo("Linked to the console account <b>mai</b>. In the staff group you now act"
                        + " as that account.");
        assertThat(links.linkedUser("mai"))
                .get()
                .extracting(TelegramStaffLink::telegramUserId)
                .isEqualTo(7003L);
        assertThat(jdbc.sql("select count(*) from telegram_asker where chat_id = 7003")
                        .query(Integer.class)
                        .single())
                .as("staff linking need not register as officials")
                .isZero();

        long chat = 1040;
        fixture.register(chat);
        QuestionId id = fixture.ask(chat, 10, ANSWERABLE).id();
        int card = stub.messageIdOf(fixture.card(id, "ap"));
        // Held by a colleague: only the manager's role lets Carol approve it.
        desk.claim(id, new Actor("alice", Role.STAFF));
        stub.push(Updates.press("cb-carol", carol, STAFF_GROUP, card, "s:ap:" + id));

        assertThat(fixture.awaitStatus(id, QuestionStatus.DELIVERED).answer().createdBy())
                .isEqualTo("mai");
        assertThat(desk.history(id))
                .extracting(AuditEvent::actor)
                .contains("mai")
                .doesNotContain("carol");
        stub.awaitCall(
                "editmessagetext",
                call -> call.chatId() == STAFF_GROUP && call.text().contains("Approved by mai"));

        stub.push(Updates.text(staffMember(7005, "dung"), 7005, 1, "/link " + code));
        stub.awaitSent(7005, call -> call.text().startsWith("This code is not valid or has expired"));
        assertThat(links.linkedUser("mai"))
                .get()
                .extracting(TelegramStaffLink::telegramUserId)
                .isEqualTo(7003L);
    }

    @Test
    void anExpiredCodeOrOneSentInTheGroupLinksNobody() {
        directory.create("hung", "Hùng", Role.STAFF, null, "hung's long passphrase");
        ObjectNode erik = staffMember(7006, "erik");
        String expired = links.issueCode("hung").code();
        jdbc.sql("update telegram_link_code set expires_at = ? where username = 'hung'")
                .param(java.sql.Timestamp.from(Instant.now().minusSeconds(1)))
                .update();

        stub.push(Updates.text(erik, 7006, 1, "/link " + expired));
        stub.awaitSent(7006, call -> call.text().startsWith("This code is not valid or has expired"));

        String shown = links.issueCode("hung").code();
        stub.push(Updates.text(erik, STAFF_GROUP, 950, "/link@office_test_bot " + shown));
        BotApiStub.Call refused =
                stub.awaitSent(STAFF_GROUP, call -> call.text().contains("in a private chat"));
        assertThat(refused.text()).doesNotContain(shown);
        assertThat(refused.body().path("reply_parameters").path("message_id").asInt())
                .isEqualTo(950);

        stub.push(Updates.text(erik, 7006, 2, "/link " + shown));
        stub.awaitSent(
                7006,
                call -> call.text().startsWith("This code is not valid or has expired")
                        && call.body()
                                        .path("reply_parameters")
                                        .path("message_id")
                                        .asInt()
                                == 2);
        assertThat(links.linkedUser("hung")).isEmpty();
    }

    @Test
    void aButtonPressedUnderADisabledConsoleAccountIsRefused() {
        directory.create("quang", "Quang", Role.STAFF, null, "quang's long passphrase");
        ObjectNode frida = staffMember(7007, "frida");
        stub.push(
                Updates.text(frida, 7007, 1, "/link " + links.issueCode("quang").code()));
        stub.awaitSent(7007, call -> call.text().startsWith("Linked to the console account"));
        directory.disable("quang");

        long chat = 1041;
        fixture.register(chat);
        QuestionId id = fixture.ask(chat, 10, ANSWERABLE).id();
        stub.push(
                Updates.press("cb-frida", frida, STAFF_GROUP, stub.messageIdOf(fixture.card(id, "ap")), "s:ap:" + id));

        BotApiStub.Call refused = stub.awaitCall(
                "answercallbackquery",
                call -> call.body().path("callback_query_id").asText().equals("cb-frida"));
        assertThat(refused.body().path("show_alert").asBoolean()).isTrue();
        assertThat(refused.body().path("text").asText()).contains("console account is disabled");
        assertThat(desk.get(id).status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);
        assertThat(desk.history(id)).extracting(AuditEvent::actor).doesNotContain("quang", "frida");
    }

    /** A member of the staff group, with a Telegram user name and a private chat with the bot. */
    static ObjectNode staffMember(long id, String username) {
        stub.member(id, "member");
        return Updates.user(id, username, username, "en");
    }

    @Test
    void staffRewriteADraftByReplyingToThePromptAndSendItAfterThePreview() {
        long chat = 1004;
        fixture.register(chat);
        QuestionId id = fixture.ask(chat, 10, ANSWERABLE).id();
        int card = stub.messageIdOf(fixture.card(id, "ed"));

        stub.push(Updates.press("cb-edit", alice(), STAFF_GROUP, card, "s:ed:" + id));
        BotApiStub.Call prompt = stub.awaitSent(
                STAFF_GROUP,
                call -> call.body().path("reply_markup").path("force_reply").asBoolean()
                        && call.text().contains("question no. " + id + "."));
        assertThat(prompt.text()).contains("@alice", "new text");
        assertThat(prompt.body().path("reply_parameters").path("message_id").asInt())
                .isEqualTo(card);
        assertThat(desk.get(id).assignee()).isEqualTo("alice");

        String rewritten = "The Fatherland Front <guides> it & reports (183-KL/TW, 7(iii)).";
        stub.push(Updates.reply(STAFF_GROUP, 900, alice(), stub.messageIdOf(prompt), rewritten));
        BotApiStub.Call preview =
                stub.awaitSent(STAFF_GROUP, call -> call.text().startsWith("<b>Preview"));
        assertThat(preview.text()).contains("&lt;guides&gt; it &amp; reports");
        String send = TelegramFixture.callbacks(preview).get(0);
        assertThat(send).startsWith("e:ok:");

        stub.push(Updates.press("cb-send", alice(), STAFF_GROUP, stub.messageIdOf(preview), send));

        BotApiStub.Call answer = stub.awaitSent(chat, call -> call.text().startsWith("<b>Answer to your question"));
        assertThat(answer.text()).contains("The Fatherland Front &lt;guides&gt; it &amp; reports");
        assertThat(fixture.awaitStatus(id, QuestionStatus.DELIVERED).answer().text())
                .isEqualTo(rewritten);
        assertThat(desk.history(id))
                .anySatisfy(event -> assertThat(event.outcome()).isEqualTo(org.standingoffice.desk.Outcome.EDITED));
        stub.awaitCall(
                "editmessagetext",
                call -> call.body().path("message_id").asInt() == card
                        && call.text().contains("with edits by alice"));

        stub.push(Updates.press("cb-send-again", bob(), STAFF_GROUP, stub.messageIdOf(preview), send));
        BotApiStub.Call again = stub.awaitCall(
                "answercallbackquery",
                call -> call.body().path("callback_query_id").asText().equals("cb-send-again"));
        assertThat(again.body().path("text").asText()).contains("already sent or cancelled");
    }

    @Test
    void anEscalatedQuestionIsAnnouncedToTheAskerAndAnsweredFromItsCard() {
        long chat = 1005;
        fixture.register(chat);
        QuestionView question = fixture.ask(chat, 10, UNANSWERABLE);
        assertThat(question.status()).isEqualTo(QuestionStatus.ESCALATED);
        QuestionId id = question.id();
        stub.awaitSent(chat, call -> call.text().contains("passed to a member of staff"));
        BotApiStub.Call card = fixture.card(id, "an");
        assertThat(card.text())
                .contains(
                        "needs an answer from staff",
                        "Reason: ",
                        "Best passages",
                        "<b>Suggested answer</b> (low confidence)",
                        "Confidence: below the answering threshold",
                        "«")
                .doesNotContain("NOT_IN_DOCUMENTS")
                .doesNotContain("drafting.reason")
                .doesNotContain("extractive")
                .doesNotContain("drafter");

        stub.push(Updates.press("cb-answer", bob(), STAFF_GROUP, stub.messageIdOf(card), "s:an:" + id));
        BotApiStub.Call prompt = stub.awaitSent(
                STAFF_GROUP,
                call -> call.body().path("reply_markup").path("force_reply").asBoolean()
                        && call.text().contains("question no. " + id + "."));
        stub.push(Updates.reply(
                STAFF_GROUP, 901, bob(), stub.messageIdOf(prompt), "Building permits are issued by the commune."));

        BotApiStub.Call answer = stub.awaitSent(chat, call -> call.text().startsWith("<b>Answer to your question"));
        assertThat(answer.text()).contains("Building permits are issued by the commune.");
        assertThat(fixture.awaitStatus(id, QuestionStatus.DELIVERED).assignee()).isEqualTo("bob");
        stub.awaitSent(STAFF_GROUP, call -> call.text().contains("was sent to the asker"));
    }

    @Test
    void notResolvedSendsTheQuestionBackToStaffAndResolvedClosesIt() {
        long chat = 1006;
        fixture.register(chat);
        QuestionId first = fixture.ask(chat, 10, ANSWERABLE).id();
        desk.approve(first, MANAGER, null);
        BotApiStub.Call answer = stub.awaitSent(chat, call -> call.text().contains("question no. " + first));
        fixture.awaitStatus(first, QuestionStatus.DELIVERED);

        stub.push(Updates.press(
                "cb-no", Updates.user(chat, "Lan", null, "en"), chat, stub.messageIdOf(answer), "fb:no:" + first));

        fixture.awaitStatus(first, QuestionStatus.ESCALATED);
        stub.awaitCall(
                "editmessagereplymarkup", call -> call.body().path("message_id").asInt() == stub.messageIdOf(answer));
        stub.awaitSent(
                chat,
                call -> call.text().contains("Question no. " + first + " went back to the staff")
                        && call.text().contains("a new answer by <b>"));
        BotApiStub.Call pressed = stub.awaitCall(
                "answercallbackquery",
                call -> call.body().path("callback_query_id").asText().equals("cb-no"));
        assertThat(pressed.body().path("text").asText(""))
                .as("the message is the one confirmation")
                .isEmpty();
        assertThat(pressed.body().path("show_alert").asBoolean()).isFalse();

        // Another question: the same one again while the first is open points to its ticket instead.
        QuestionId second = fixture.ask(chat, 11, "Which body guides the management of trade union assets?")
                .id();
        desk.approve(second, MANAGER, null);
        BotApiStub.Call secondAnswer = stub.awaitSent(chat, call -> call.text().contains("question no. " + second));
        fixture.awaitStatus(second, QuestionStatus.DELIVERED);
        stub.push(Updates.press(
                "cb-ok",
                Updates.user(chat, "Lan", null, "en"),
                chat,
                stub.messageIdOf(secondAnswer),
                "fb:ok:" + second));
        fixture.awaitStatus(second, QuestionStatus.CLOSED);

        // Someone else's question cannot be reopened from another chat.
        stub.push(Updates.press(
                "cb-other",
                Updates.user(1099, "Eve", null, "en"),
                1099,
                stub.messageIdOf(secondAnswer),
                "fb:no:" + first));
        BotApiStub.Call refused = stub.awaitCall(
                "answercallbackquery",
                call -> call.body().path("callback_query_id").asText().equals("cb-other"));
        assertThat(refused.body().path("text").asText()).contains("no such question");
    }

    @Test
    void hostileTextNeverMakesASendFail() {
        long chat = 1007;
        fixture.register(chat);
        String hostile = "<b>Urgent</b> & <script>alert(1)</script> *bold* _x_ [a](b) 5 < 6 > 4 &amp; &#;";
        QuestionView question = fixture.ask(chat, 10, hostile + " " + UNANSWERABLE);
        boolean escalated = question.status() == QuestionStatus.ESCALATED;
        BotApiStub.Call card = fixture.card(question.id(), escalated ? "an" : "ap");
        assertThat(card.text()).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&amp;amp;");

        String reply = "Use <i>form</i> 01 & submit it_now *today*.";
        if (escalated) {
            desk.answer(question.id(), MANAGER, reply);
        } else {
            desk.approve(question.id(), MANAGER, reply);
        }

        BotApiStub.Call answer = stub.awaitSent(chat, call -> call.text().startsWith("<b>Answer to your question"));
        assertThat(answer.text()).contains("Use &lt;i&gt;form&lt;/i&gt; 01 &amp; submit it_now *today*.");
        assertThat(stub.calls())
                .filteredOn(call -> call.chatId() == chat || call.chatId() == STAFF_GROUP)
                .noneSatisfy(call -> assertThat(call.status()).isEqualTo(400));
    }

    @Test
    void aLongAnswerIsSplitAtParagraphsIntoPartsThatFitAndTheLastCarriesTheButtons() {
        long chat = 1008;
        fixture.register(chat);
        QuestionId id = fixture.ask(chat, 10, UNANSWERABLE).id();
        String paragraph = "Khoản %d. " + "Ủy ban nhân dân xã chịu trách nhiệm cấp phép & báo cáo. ".repeat(45);
        String text = String.join(
                "\n\n",
                paragraph.formatted(1).strip(),
                paragraph.formatted(2).strip(),
                paragraph.formatted(3).strip());

        // Straight to the listener: on H2 the event publication registry stores an event in
        // VARCHAR(4000), so the desk cannot yet publish an answer this long (reported).
        transactions.executeWithoutResult(status -> delivery.on(new QuestionAnswered(
                id, "telegram", Long.toString(chat), "en", text, QuestionAnswered.Origin.WRITTEN)));

        List<BotApiStub.Call> parts = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> fixture.sentContaining(chat, "báo cáo."), sent -> sent.size() == 3);
        assertThat(parts).allSatisfy(part -> assertThat(part.text().length()).isLessThanOrEqualTo(4096));
        assertThat(parts.get(0).text())
                .startsWith("<b>Answer to your question no. " + id)
                .contains("Khoản 1.");
        assertThat(parts.get(0)
                        .body()
                        .path("reply_parameters")
                        .path("message_id")
                        .asInt())
                .isEqualTo(10);
        assertThat(parts.get(1).text()).startsWith("Khoản 2.").endsWith("(2/3)");
        assertThat(parts.get(2).text()).startsWith("Khoản 3.");
        assertThat(TelegramFixture.callbacks(parts.get(0))).isEmpty();
        assertThat(TelegramFixture.callbacks(parts.get(2))).contains("fb:no:" + id);
    }

    @Test
    void aRedeliveredAnswerEventSendsNothingTwice() {
        long chat = 1009;
        fixture.register(chat);
        QuestionView question = fixture.ask(chat, 10, ANSWERABLE);
        QuestionView answered = desk.approve(question.id(), MANAGER, null);
        fixture.awaitStatus(question.id(), QuestionStatus.DELIVERED);

        transactions.executeWithoutResult(status -> publisher.publishEvent(new QuestionAnswered(
                question.id(),
                "telegram",
                Long.toString(chat),
                "en",
                answered.answer().text(),
                QuestionAnswered.Origin.APPROVED)));

        TelegramFixture.awaitSettled(jdbc, chat, QuestionAnswered.class);
        assertThat(TelegramFixture.outboxRows(jdbc, question.id(), Outgoing.Kind.ANSWER))
                .containsExactly(Outbox.SENT);
        assertThat(fixture.sentContaining(chat, "Answer to your question")).hasSize(1);
    }

    @Test
    void aStormOf429IsWaitedOutAndTheMessageArrivesOnce() {
        long chat = 1010;
        stub.fail(
                "sendmessage",
                3,
                429,
                BotApiStub.tooManyRequests(1),
                body -> body.path("chat_id").asLong() == chat);

        stub.push(Updates.text(chat, 5, "/help"));

        stub.awaitSent(chat, call -> call.text().contains("Standing Office"));
        List<BotApiStub.Call> attempts = stub.calls("sendmessage").stream()
                .filter(call -> call.chatId() == chat)
                .toList();
        assertThat(attempts).extracting(BotApiStub.Call::status).containsExactly(429, 429, 429, 200);
        for (int i = 1; i < attempts.size(); i++) {
            assertThat(Duration.between(
                            attempts.get(i - 1).at(), attempts.get(i).at()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(950));
        }
    }

    @Test
    void serverErrorsAreRetriedWithBackoffUntilTheMessageIsSent() {
        long chat = 1011;
        stub.fail(
                "sendmessage",
                3,
                500,
                BotApiStub.error(500, "Internal Server Error"),
                body -> body.path("chat_id").asLong() == chat);
        stub.fail(
                "sendmessage",
                1,
                502,
                "<html>Bad Gateway</html>",
                body -> body.path("chat_id").asLong() == chat);

        stub.push(Updates.text(chat, 5, "/help"));

        stub.awaitSent(chat, call -> call.text().contains("Standing Office"));
        List<BotApiStub.Call> attempts = stub.calls("sendmessage").stream()
                .filter(call -> call.chatId() == chat)
                .toList();
        assertThat(attempts).extracting(BotApiStub.Call::status).containsExactly(500, 500, 500, 502, 200);
        Duration third = Duration.between(attempts.get(2).at(), attempts.get(3).at());
        Duration first = Duration.between(attempts.get(0).at(), attempts.get(1).at());
        assertThat(third).isGreaterThan(first); // the waits grow
    }

    @Test
    void htmlTelegramRefusesIsSentAgainAsPlainText() {
        long chat = 1012;
        stub.fail(
                "sendmessage",
                1,
                400,
                BotApiStub.error(400, "Bad Request: can't parse entities: unsupported start tag"),
                body -> body.path("chat_id").asLong() == chat);

        stub.push(Updates.text(chat, 5, "/help"));

        BotApiStub.Call plain = stub.awaitSent(chat, call -> call.text().startsWith("Standing Office"));
        assertThat(plain.body().has("parse_mode")).isFalse();
        assertThat(plain.text()).doesNotContain("<b>");
    }

    @Test
    void theSameUpdateTwiceIsHandledOnce(@Autowired UpdateIntake intake, @Autowired UpdateCodec codec) {
        long chat = 1013;
        fixture.register(chat);
        ObjectNode update = Updates.text(chat, 10, UNANSWERABLE);
        update.put("update_id", stub.nextUpdateId());
        String json = update.toString();

        intake.consume(new java.util.ArrayList<>(List.of(codec.read(json))));
        intake.consume(new java.util.ArrayList<>(List.of(codec.read(json))));

        stub.awaitSent(chat, call -> call.text().contains("is registered as"));
        TelegramFixture.awaitSettled(jdbc, chat);
        assertThat(jdbc.sql("select count(*) from telegram_update where update_id = ?")
                        .param(update.get("update_id").asLong())
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("select count(*) from telegram_outbox where chat_id = ? and kind = 'ACK'")
                        .param(chat)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(fixture.sentContaining(chat, "is registered as")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from question where channel = 'telegram' and asker_ref = ?")
                        .param(Long.toString(chat))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void inOpenRegistrationTheFirstQuestionIsKeptUntilTheOfficialSaysWhereTheyWork() {
        long chat = 1014;
        stub.push(Updates.text(chat, 20, UNANSWERABLE));
        stub.awaitSent(chat, call -> call.text().contains("as soon as I know your commune"));

        stub.push(Updates.text(chat, 21, "Xã Nowhere"));
        stub.awaitSent(chat, call -> call.text().contains("could not find"));

        stub.push(Updates.text(chat, 23, "xa phu ly dong nai"));

        stub.awaitSent(chat, call -> call.text().contains("Registered: <b>Xã Phú Lý</b>"));
        BotApiStub.Call ack = stub.awaitSent(chat, call -> call.text().contains("is registered as"));
        assertThat(ack.body().path("reply_parameters").path("message_id").asInt())
                .isEqualTo(20);
        QuestionView question = desk.list(
                        new org.standingoffice.desk.QuestionFilter(null, null, "telegram", Long.toString(chat)), 0, 5)
                .questions()
                .get(0);
        assertThat(question.text()).isEqualTo(UNANSWERABLE);
        assertThat(question.commune()).isEqualTo("Xã Phú Lý");
    }

    @Test
    void anInvitationRegistersTheOfficialWithItsPlaceAndOfficeAndAnInvalidOneIsRefused(
            @Autowired OfficeDirectory offices) {
        long chat = 1015;
        stub.push(Updates.text(chat, 2, "/start not-a-real-code"));
        stub.awaitSent(chat, call -> call.text().contains("not valid"));
        offices.save(new OfficeSettings("ha-noi", "Văn phòng Thường trực Hà Nội", false, false, 4, 3));

        fixture.register(chat, "ha-noi");
        QuestionView question = fixture.ask(chat, 10, UNANSWERABLE);

        assertThat(question.commune()).isEqualTo("Phường Ba Đình");
        assertThat(question.province()).isEqualTo("Thành phố Hà Nội");
        assertThat(question.office())
                .as("the inviting office serves the official")
                .isEqualTo("ha-noi");
        assertThat(invites.list(0, 50)).anySatisfy(invite -> {
            assertThat(invite.uses()).isEqualTo(1);
            assertThat(invite.link()).startsWith("https://t.me/office_test_bot?start=");
        });
    }

    @Test
    void editingAnUnansweredQuestionRevisesIt() {
        long chat = 1016;
        fixture.register(chat);
        QuestionId id = fixture.ask(chat, 10, UNANSWERABLE).id();

        stub.push(Updates.edited(chat, 10, UNANSWERABLE + " In a rural commune."));

        stub.awaitSent(chat, call -> call.text().contains("was updated"));
        assertThat(desk.get(id).text()).endsWith("In a rural commune.");
        desk.answer(id, MANAGER, "Ask the commune.");
        fixture.awaitStatus(id, QuestionStatus.DELIVERED);
        stub.push(Updates.edited(chat, 10, "Changed again"));
        stub.awaitSent(chat, call -> call.text().contains("can no longer be changed"));
    }

    @Test
    void voiceIsExplainedAndOtherGroupsAreIgnored() {
        long chat = 1017;
        ObjectNode voice = Updates.message(chat, 3, Updates.user(chat, "Lan", null, "en"));
        voice.putObject("voice")
                .put("file_id", "v1")
                .put("file_unique_id", "uv1")
                .put("duration", 3);
        stub.push(Updates.wrap("message", voice));
        stub.awaitSent(chat, call -> call.text().contains("only take text, photos and documents"));

        long otherGroup = -100999;
        ObjectNode elsewhere = Updates.message(otherGroup, 4, alice());
        elsewhere.put("text", ANSWERABLE);
        int last = stub.push(Updates.wrap("message", elsewhere));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> "DONE"
                        .equals(jdbc.sql("select status from telegram_update where update_id = ?")
                                .param(last)
                                .query(String.class)
                                .optional()
                                .orElse(null)));
        assertThat(stub.calls()).noneSatisfy(call -> assertThat(call.chatId()).isEqualTo(otherGroup));
    }

    @Test
    void photosAreAttachedAndCopiedToTheStaffAndOversizedOrForeignFilesRefused() {
        long chat = 1018;
        fixture.register(chat);
        ObjectNode photo = Updates.message(chat, 30, Updates.user(chat, "Lan", null, "en"));
        photo.put("caption", UNANSWERABLE);
        var sizes = photo.putArray("photo");
        sizes.addObject()
                .put("file_id", "small")
                .put("file_unique_id", "us")
                .put("width", 90)
                .put("height", 90)
                .put("file_size", 1000);
        sizes.addObject()
                .put("file_id", "large")
                .put("file_unique_id", "ul")
                .put("width", 1280)
                .put("height", 960)
                .put("file_size", 200_000);
        stub.push(Updates.wrap("message", photo));
        stub.awaitSent(chat, call -> call.text().contains("is registered as"));
        QuestionId id = desk.list(
                        new org.standingoffice.desk.QuestionFilter(null, null, "telegram", Long.toString(chat)), 0, 1)
                .questions()
                .get(0)
                .id();
        assertThat(jdbc.sql("select file_id from telegram_attachment where question_id = ?")
                        .param(id.value())
                        .query(String.class)
                        .list())
                .containsExactly("large");
        BotApiStub.Call copy = stub.awaitCall("copymessage", call -> call.chatId() == STAFF_GROUP);
        assertThat(copy.body().path("from_chat_id").asLong()).isEqualTo(chat);
        assertThat(copy.body().path("message_id").asInt()).isEqualTo(30);

        stub.push(Updates.document(chat, 31, null, "d1", "scan.pdf", "application/pdf", 30_000_000));
        stub.awaitSent(chat, call -> call.text().contains("larger than 20 MB"));

        stub.push(Updates.document(chat, 32, null, "d2", "tool.exe", "application/x-msdownload", 1000));
        stub.awaitSent(chat, call -> call.text().contains("kind of file is not accepted"));
    }

    @Test
    void theCommandMenuIsSetInVietnameseAndEnglish() {
        List<BotApiStub.Call> menus = Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> stub.calls("setmycommands"), calls -> calls.size() >= 4);

        JsonNode vietnamese = menus.stream()
                .filter(call -> call.body().path("language_code").asText().equals("vi"))
                .findFirst()
                .orElseThrow()
                .body();
        assertThat(vietnamese.path("scope").path("type").asText()).isEqualTo("all_private_chats");
        assertThat(vietnamese.path("commands").findValuesAsText("command"))
                .containsExactly("start", "help", "status", "my", "docs", "language", "cancel");
        assertThat(vietnamese.path("commands").get(1).path("description").asText())
                .isEqualTo("Cách hỏi và bot làm gì");
        assertThat(menus)
                .anySatisfy(call ->
                        assertThat(call.body().path("language_code").asText()).isEqualTo("en"));
    }

    @Test
    void statusAndMyShowTheAskersOwnQuestionsInTheirLanguage() {
        long chat = 1019;
        stub.push(Updates.text(chat, 1, "/my", "vi"));
        stub.awaitSent(chat, call -> call.text().contains("Bạn chưa gửi câu hỏi nào"));
        stub.push(Updates.text(chat, 2, "/language", "vi"));
        BotApiStub.Call menu =
                stub.awaitSent(chat, call -> TelegramFixture.callbacks(call).contains("lang:en"));
        assertThat(menu.text()).isEqualTo("Chọn ngôn ngữ:");
        stub.push(Updates.press(
                "cb-lang", Updates.user(chat, "Lan", null, "vi"), chat, stub.messageIdOf(menu), "lang:en"));
        stub.awaitCall(
                "editmessagetext", call -> call.chatId() == chat && call.text().contains("in English"));
        fixture.register(chat);

        QuestionId id = fixture.ask(chat, 10, UNANSWERABLE).id();
        stub.push(Updates.text(chat, 11, "/status"));
        stub.awaitSent(chat, call -> call.text().startsWith("<b>No. " + id + "</b>: with a member of staff"));
        stub.push(Updates.text(chat, 12, "/my"));
        stub.awaitSent(
                chat,
                call -> call.text().contains("<b>Your questions</b>")
                        && call.text().contains("no. " + id));
        stub.push(Updates.text(chat, 13, "/status 1"));
        stub.awaitSent(
                chat,
                call -> call.text().contains("There is no such question of yours")
                        || call.text().startsWith("<b>No. 1</b>"));
    }

    /**
     * Checked where the pacing decides, not where the requests land: a message is claimed at the
     * instant its slot is granted, so the outbox's claim times show the rule exactly. Arrival times
     * at the stub would not, as a CPU-starved client can deliver requests made a second apart in
     * one bunch. What starvation cannot do is make a request arrive before it was made, so the
     * burst's last arrival still shows that the 61st message waited two seconds.
     */
    @Test
    void sendingStaysWithinThirtyMessagesInAnySecond() {
        Instant enqueued = Instant.now();
        for (int i = 0; i < 75; i++) {
            outbox.enqueue(
                    Outgoing.send("burst:" + i, 50_000 + i, Outgoing.Kind.REPLY, "burst " + i)
                            .build(),
                    enqueued);
        }

        List<BotApiStub.Call> burst = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> stub.calls("sendmessage").stream()
                                .filter(call -> call.chatId() >= 50_000 && call.chatId() < 50_075)
                                .toList(),
                        calls -> calls.size() == 75);
        List<Instant> slots = jdbc.sql("select claimed_at from telegram_outbox where dedup_key like 'burst:%'"
                        + " order by claimed_at")
                .query((row, index) -> row.getTimestamp("claimed_at").toInstant())
                .list();
        assertThat(slots).hasSize(75);
        for (Instant first : slots) {
            long inWindow = slots.stream()
                    .filter(slot -> !slot.isBefore(first) && slot.isBefore(first.plusSeconds(1)))
                    .count();
            assertThat(inWindow)
                    .as("messages sent in the second from %s", first)
                    .isLessThanOrEqualTo(30);
        }
        Instant lastArrival =
                burst.stream().map(BotApiStub.Call::at).max(Instant::compareTo).orElseThrow();
        assertThat(Duration.between(enqueued, lastArrival)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void healthIsUpWhileTheBotApiAnswersAndDownWhenItDoesNot() {
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        stub.down(true);
        try {
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        } finally {
            stub.down(false);
        }
    }

    @Test
    void deliveriesRetriesAndRefusalsAreCountedWithTheirLatency(@Autowired MeterRegistry registry) {
        long throttled = 1030;
        long blocked = 1031;
        double sentBefore = messages(registry, "sent");
        double rateLimitedBefore = messages(registry, "rate_limited");
        double failedBefore = messages(registry, "failed");
        long latenciesBefore = deliveries(registry);
        stub.fail(
                "sendmessage",
                1,
                429,
                BotApiStub.tooManyRequests(1),
                body -> body.path("chat_id").asLong() == throttled);
        stub.fail(
                "sendmessage",
                1,
                403,
                BotApiStub.error(403, "Forbidden: bot was blocked by the user"),
                body -> body.path("chat_id").asLong() == blocked);

        stub.push(Updates.text(throttled, 5, "/help"));
        stub.push(Updates.text(blocked, 5, "/help"));

        stub.awaitSent(throttled, call -> call.text().contains("Standing Office"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(messages(registry, "failed")).isEqualTo(failedBefore + 1);
            assertThat(messages(registry, "rate_limited")).isEqualTo(rateLimitedBefore + 1);
            assertThat(messages(registry, "sent")).isGreaterThan(sentBefore);
            assertThat(deliveries(registry)).isGreaterThan(latenciesBefore);
        });
        assertThat(registry.get("office.telegram.request")
                        .tags("method", "send", "outcome", "permanent")
                        .timer()
                        .count())
                .isPositive();
        assertThat(registry.get("office.telegram.outbox.pending").gauge().value())
                .isGreaterThanOrEqualTo(0);
    }

    @Test
    void poisonUpdatesAreSetAsideAndPollingGoesOn(@Autowired MeterRegistry registry, @Autowired SetAsideMonitor aside) {
        long chat = 1040;
        double setAsideBefore = registry.get("office.telegram.updates.set.aside")
                .tag("stage", "intake")
                .counter()
                .count();
        List<Integer> poison = new ArrayList<>();
        poison.add(stub.push(PoisonUpdates.entityBeyondText(chat)));
        poison.add(stub.push(PoisonUpdates.hugeText(chat)));
        PoisonUpdates.oddStructures(chat).forEach(update -> poison.add(stub.push(update)));
        stub.push(Updates.text(chat, 50, "/help"));

        stub.awaitSent(chat, call -> call.text().contains("Standing Office"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql(
                                        "select count(*) from telegram_update where status = 'FAILED' and update_id in (:ids)")
                                .param("ids", poison)
                                .query(Long.class)
                                .single())
                        .as("set aside at intake, each under its own id")
                        .isGreaterThanOrEqualTo(4));
        String reason = jdbc.sql("select last_error from telegram_update where update_id = ?")
                .params(poison.get(1))
                .query(String.class)
                .single();
        assertThat(reason).startsWith("too large");
        assertThat(registry.get("office.telegram.updates.set.aside")
                        .tag("stage", "intake")
                        .counter()
                        .count())
                .isGreaterThanOrEqualTo(setAsideBefore + 4);
        assertThat(aside.health().getStatus().getCode()).isEqualTo("DEGRADED");
        assertThat(aside.health().getDetails()).containsKey("setAside");

        // Intake goes on for everyone after them, and the poller's offset moved past every one.
        long other = 1041;
        stub.push(Updates.text(other, 1, "/help"));
        stub.awaitSent(other, call -> call.text().contains("Standing Office"));
        int lastPoison = poison.stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat(stub.offsets()).anySatisfy(offset -> assertThat(offset).isGreaterThan(lastPoison));

        jdbc.sql("update telegram_update set status = 'DISMISSED' where status = 'FAILED'")
                .update();
        assertThat(aside.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aQuestionWithoutLettersIsRefusedWithAReasonAndNoTicket() {
        long chat = 1042;
        fixture.register(chat);
        stub.push(Updates.text(chat, 20, "\u0001\u0002 ?!... 😀"));
        stub.awaitSent(chat, call -> call.text().contains("no words in it"));
        assertThat(stub.sentTo(chat))
                .noneSatisfy(call -> assertThat(call.text()).contains("is registered as"));
    }

    private static double messages(MeterRegistry registry, String outcome) {
        Counter counter = registry.find("office.telegram.messages")
                .tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static long deliveries(MeterRegistry registry) {
        return registry.find("office.telegram.delivery").timers().stream()
                .mapToLong(Timer::count)
                .sum();
    }
}
