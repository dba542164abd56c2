package org.standingoffice.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.standingoffice.telegram.internal.TelegramFixture.STAFF_GROUP;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.standingoffice.FixedDecision;
import org.standingoffice.accounts.Role;
import org.standingoffice.desk.Actor;
import org.standingoffice.desk.AuditEvent;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.OfficeDirectory;
import org.standingoffice.desk.OfficeSettings;
import org.standingoffice.desk.QuestionAnswered;
import org.standingoffice.desk.QuestionEscalated;
import org.standingoffice.desk.QuestionFilter;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.desk.QuestionView;
import org.standingoffice.desk.RoutingRuleView;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.QuoteFormat;
import org.standingoffice.telegram.NewInvite;
import org.standingoffice.telegram.OfficeGroup;
import org.standingoffice.telegram.TelegramInvites;
import org.standingoffice.telegram.TelegramNames;
import org.standingoffice.telegram.TelegramOfficeGroups;
import org.standingoffice.telegram.UnreachableGroup;

/**
 * Scripted dialogues as officials and staff really write, end to end: the real TelegramBots
 * client long-polls the Bot API stub, the desk, drafting and search are the real ones over the
 * shipped knowledge base, on H2. Each dialogue asserts what the person sees (texts and buttons);
 * every one then checks that no message got more than three replies and that no code name was
 * shown ({@link Conversation#checkLimits}). Registration dialogues also check that the official
 * gets from their first message to an acknowledged question in at most three messages of their
 * own. Staff work in Vietnamese (the default), officials in their Telegram language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class TelegramDialogueIntegrationTests {

    static final BotApiStub stub = new BotApiStub();
    static final long TAY_NINH_GROUP = -1005550001111L;

    private static final AtomicLong chats = new AtomicLong(4000);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        TelegramFixture.connect(registry, stub, dataDir);
        registry.add("office.telegram.registration", () -> "open");
        FixedDecision.pin(registry);
    }

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
    TelegramInvites invites;

    @Autowired
    OfficeDirectory offices;

    @Autowired
    TelegramOfficeGroups groups;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TelegramNames names;

    @BeforeEach
    void staff() {
        stub.member(STAFF_GROUP, 7001, "member");
        stub.member(STAFF_GROUP, 7002, "administrator");
        stub.member(TAY_NINH_GROUP, 7003, "member");
        stub.chat(TAY_NINH_GROUP, "supergroup", "Cán bộ Tây Ninh");
        stub.chat(STAFF_GROUP, "supergroup", "Văn phòng Thường trực");
        stub.chat(777, "private", "Lan");
    }

    @AfterAll
    static void cardsShowNoCodeNames() {
        List<String> shown = new ArrayList<>();
        for (long group : new long[] {STAFF_GROUP, TAY_NINH_GROUP}) {
            stub.sentTo(group).forEach(call -> {
                shown.add(call.text());
                shown.addAll(Conversation.labels(call));
            });
        }
        Conversation.assertNoCodeNames(shown);
    }

    Conversation official(String language) {
        return new Conversation(stub, staffDriven, chats.incrementAndGet(), "Lan", language);
    }

    /** The answer and the notices about staff's work, in every language, as patterns. */
    List<Pattern> staffDriven = new ArrayList<>();

    @BeforeEach
    void staffDrivenMessages(@Autowired MessageSource messages) {
        for (String language : Texts.LANGUAGES) {
            for (String key : List.of("telegram.answer.title", "telegram.answer.revised", "telegram.escalated")) {
                String template = messages.getMessage(key, null, Locale.forLanguageTag(language));
                StringBuilder regex = new StringBuilder();
                for (String part : template.split("\\{\\d\\}", -1)) {
                    regex.append(regex.isEmpty() ? "" : "(?s).*?").append(Pattern.quote(part));
                }
                staffDriven.add(Pattern.compile(regex.toString()));
            }
        }
    }

    static ObjectNode alice() {
        return Updates.user(7001, "Alice", "alice", "vi");
    }

    static ObjectNode bob() {
        return Updates.user(7002, "Bob", "bob", "vi");
    }

    static ObjectNode carol() {
        return Updates.user(7003, "Carol", "carol", "vi");
    }

    static ObjectNode mallory() {
        return Updates.user(7009, "Mallory", "mallory", "en");
    }

    // --- registration as people type it

    /**
     * One registration dialogue: what the official sends in order ("▶ label" presses a button),
     * which of it is the question, and the place they end up registered with ({@code null}: not
     * given, after the bot stopped asking).
     */
    record Registering(
            String name, String language, List<String> script, String question, String commune, String province) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Registering> registrations() {
        String baDinh = "Phường Ba Đình";
        String haNoi = "Thành phố Hà Nội";
        String tanLap = "Xã Tân Lập";
        String tayNinh = "Tỉnh Tây Ninh";
        return Stream.of(
                new Registering(
                        "/start, then straight away the question, then commune and province in one line",
                        "en",
                        List.of(
                                "/start",
                                "Until when will the Standing Offices keep operating?",
                                "Phường Ba Đình, Hà Nội"),
                        "Until when will the Standing Offices keep operating?",
                        baDinh,
                        haNoi),
                new Registering(
                        "Vietnamese with diacritics",
                        "vi",
                        List.of("/start", "Văn phòng thường trực hoạt động đến khi nào?", "Phường Ba Đình, Hà Nội"),
                        "Văn phòng thường trực hoạt động đến khi nào?",
                        baDinh,
                        haNoi),
                new Registering(
                        "Vietnamese without diacritics or question mark",
                        "vi",
                        List.of("/start", "van phong thuong truc hoat dong den khi nao", "xa tan lap tinh tay ninh"),
                        "van phong thuong truc hoat dong den khi nao",
                        tanLap,
                        tayNinh),
                new Registering(
                        "the province abbreviated after a dash",
                        "vi",
                        List.of("/start", "Cho hỏi thời hạn báo cáo hằng tháng là ngày nào?", "Ba Đình - HN"),
                        "Cho hỏi thời hạn báo cáo hằng tháng là ngày nào?",
                        baDinh,
                        haNoi),
                new Registering(
                        "ward, old district and city, abbreviated",
                        "vi",
                        List.of(
                                "/start",
                                "Xin hỏi ai hướng dẫn quản lý tài chính công đoàn cấp tỉnh?",
                                "P. Ba Đình Q. Ba Đình Hà Nội"),
                        "Xin hỏi ai hướng dẫn quản lý tài chính công đoàn cấp tỉnh?",
                        baDinh,
                        haNoi),
                new Registering(
                        "the question before /start, then the ward's pre-merger name",
                        "vi",
                        List.of(
                                "Trung tâm phục vụ hành chính công cấp xã có cần chữ ký số không?",
                                "Phường Điện Biên, Hà Nội"),
                        "Trung tâm phục vụ hành chính công cấp xã có cần chữ ký số không?",
                        baDinh,
                        haNoi),
                new Registering(
                        "the pre-merger province, then the question",
                        "vi",
                        List.of("/start", "xã Tân Lập, Long An", "Khi nào phải nộp báo cáo tháng?"),
                        "Khi nào phải nộp báo cáo tháng?",
                        tanLap,
                        tayNinh),
                new Registering(
                        "a typo in the ward, corrected with a button",
                        "en",
                        List.of(
                                "/start",
                                "When is the monthly report due?",
                                "Phuong Ba Dinhh, Ha Noi",
                                "▶Phường Ba Đình, Thành phố Hà Nội"),
                        "When is the monthly report due?",
                        baDinh,
                        haNoi),
                new Registering(
                        "a commune name four provinces share, chosen with a button",
                        "vi",
                        List.of(
                                "Ai chịu trách nhiệm rà soát các quy định chồng chéo về phân cấp, phân quyền?",
                                "Tân Lập",
                                "▶Xã Tân Lập, Tỉnh Tây Ninh"),
                        "Ai chịu trách nhiệm rà soát các quy định chồng chéo về phân cấp, phân quyền?",
                        tanLap,
                        tayNinh),
                new Registering(
                        "commune and province typed step by step",
                        "vi",
                        List.of("bao gio het han nop bao cao thang?", "Ba Đình", "Hà Nội"),
                        "bao gio het han nop bao cao thang?",
                        baDinh,
                        haNoi),
                new Registering(
                        "Swedish",
                        "sv",
                        List.of("/start", "När ska månadsrapporten lämnas in?", "Xã Tân Lập, Tây Ninh"),
                        "När ska månadsrapporten lämnas in?",
                        tanLap,
                        tayNinh),
                new Registering(
                        "English words around the names",
                        "en",
                        List.of(
                                "/start",
                                "Ba Dinh ward, Hanoi",
                                "What did the Politburo conclude about the two-level local government?"),
                        "What did the Politburo conclude about the two-level local government?",
                        baDinh,
                        haNoi),
                new Registering(
                        "Ho Chi Minh City as TP.HCM",
                        "vi",
                        List.of("/start", "Phường Sài Gòn, TP.HCM", "Khi nao het han nop bao cao thang?"),
                        "Khi nao het han nop bao cao thang?",
                        "Phường Sài Gòn",
                        "Thành phố Hồ Chí Minh"),
                new Registering(
                        "the place written with a question mark",
                        "vi",
                        List.of("/start", "Phường Ba Đình, Hà Nội?", "Ai ký Thông báo 412/TB-VPCP?"),
                        "Ai ký Thông báo 412/TB-VPCP?",
                        baDinh,
                        haNoi),
                new Registering(
                        "province first, then the ward",
                        "vi",
                        List.of(
                                "/start",
                                "Hà Nội, phường Ba Đình",
                                "Khi nào kết thúc hoạt động văn phòng thường trực?"),
                        "Khi nào kết thúc hoạt động văn phòng thường trực?",
                        baDinh,
                        haNoi),
                new Registering(
                        "two answers naming no place: the question goes to staff without one",
                        "en",
                        List.of(
                                "What training should commune-level civil servants receive?",
                                "my office",
                                "near the river"),
                        "What training should commune-level civil servants receive?",
                        null,
                        null),
                new Registering(
                        "none of the offered units, then the place in full: registered",
                        "en",
                        List.of(
                                "Which non-specialized staff get support at the communal level?",
                                "Tân Lập",
                                "▶None of these",
                                "Phường Ba Đình, Hà Nội"),
                        "Which non-specialized staff get support at the communal level?",
                        baDinh,
                        haNoi),
                new Registering(
                        "none of the offered units and then no place: the question goes to staff without one",
                        "en",
                        List.of(
                                "Which non-specialized staff get support at the communal level?",
                                "Tân Lập",
                                "▶None of these",
                                "near the river"),
                        "Which non-specialized staff get support at the communal level?",
                        null,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registrations")
    void anOfficialRegistersTheWayTheyTypeAndTheirQuestionIsAcknowledged(Registering dialogue) {
        Conversation lan = official(dialogue.language());
        int questionMessage = -1;
        for (String line : dialogue.script()) {
            if (line.startsWith("▶")) {
                lan.presses(line.substring(1));
                continue;
            }
            lan.says(line);
            if (line.equals(dialogue.question())) {
                questionMessage = lan.lastMessageId();
            }
            if (line.startsWith("/start")) {
                lan.seesButtons(List.of(), "Phường Ba Đình, Hà Nội");
            }
        }
        int asked = questionMessage;
        BotApiStub.Call ack = lan.sees(ack(dialogue.language()));
        assertThat(Conversation.replyTo(ack))
                .as("the ack replies to the question")
                .isEqualTo(asked);
        if (dialogue.commune() != null) {
            assertThat(lan.ownMessages())
                    .as("messages of their own from the first to an acknowledged question")
                    .isLessThanOrEqualTo(3);
        }

        QuestionView question = questionOf(lan);
        assertThat(question.text()).isEqualTo(dialogue.question());
        assertThat(question.commune()).isEqualTo(dialogue.commune());
        assertThat(question.province()).isEqualTo(dialogue.province());
        if (dialogue.commune() == null) {
            BotApiStub.Call card = card(STAFF_GROUP, question);
            assertThat(card.text()).contains("chưa cung cấp địa bàn");
        }
        lan.checkLimits();
    }

    static String ack(String language) {
        return switch (language) {
            case "vi" -> "đã được tiếp nhận";
            case "sv" -> "registrerad som";
            default -> "is registered as";
        };
    }

    @Test
    void anInvitationSkipsRegistrationAndTheQuestionRightAfterIsAcknowledged() {
        String code = invites.create(new NewInvite(null, "Xã Tân Lập", "Tây Ninh", 3, null, "admin"))
                .code();
        Conversation lan = official("vi");

        lan.says("/start " + code);
        lan.seesButtons(List.of(), "Đã đăng ký", "Xã Tân Lập");
        lan.says("khi nao van phong thuong truc ket thuc hoat dong");
        lan.sees("đã được tiếp nhận");

        assertThat(stub.sentTo(lan.chat())).noneMatch(call -> call.text().contains("xã, phường và tỉnh"));
        assertThat(questionOf(lan).province()).isEqualTo("Tỉnh Tây Ninh");
        lan.checkLimits();
    }

    @Test
    void aLongQuestionWithoutQuestionWordsDuringRegistrationIsKeptNotReadAsAPlace() {
        Conversation lan = official("vi");
        lan.says("/start");
        lan.sees("Phường Ba Đình, Hà Nội");

        String question =
                "Đề nghị hướng dẫn việc bố trí cán bộ không chuyên trách cấp xã sau sắp xếp đơn vị hành chính";
        lan.says(question);
        lan.sees("sẽ được gửi đi ngay khi biết");
        lan.says("xa tan lap, tay ninh");
        lan.sees("Đã đăng ký", "Xã Tân Lập");
        lan.sees("đã được tiếp nhận");

        assertThat(questionOf(lan).text()).isEqualTo(question);
        lan.checkLimits();
    }

    /** Told only the successor's name, an official who typed their old commune could not tell it was read right. */
    @Test
    void aPreMergerCommuneIsConfirmedUnderItsNewNameAndTheNameTyped() {
        Conversation lan = official("vi");
        lan.says("/start");
        lan.sees("Phường Ba Đình, Hà Nội");
        lan.says("phuong dien bien ha noi");
        BotApiStub.Call registered = lan.sees("Đã đăng ký", "Phường Ba Đình");
        assertThat(registered.text()).contains("\u201cdien bien\u201d nay thuộc Phường Ba Đình");
        lan.checkLimits();
    }

    @Test
    void startTwiceDuringRegistrationAsksOnceEachTime() {
        Conversation lan = official("en");
        lan.says("/start");
        lan.sees("in one line");
        lan.says("/start");
        lan.sees("in one line");
        lan.says("Phường Ba Đình, Hà Nội");
        lan.sees("Registered: <b>Phường Ba Đình</b>");
        lan.checkLimits();
    }

    @Test
    void cancelDuringRegistrationDropsTheHeldQuestionAndRegistrationStartsAfresh() {
        Conversation lan = official("en");
        lan.says("What is the deadline for the monthly report?");
        lan.sees("as soon as I know your commune");
        lan.says("/cancel");
        lan.sees("Cancelled");
        lan.says("/start");
        lan.sees("in one line");
        lan.says("Phường Ba Đình, Hà Nội");
        lan.sees("Registered");

        assertThat(latestQuestions(lan, 5)).isEmpty();
        lan.checkLimits();
    }

    @Test
    void anOfficialWithoutAPlaceCanGiveItAgainWithStart() {
        Conversation lan = official("en");
        lan.says("/start");
        lan.says("nowhere at all");
        lan.sees("could not find");
        lan.says("somewhere else");
        lan.sees("not given");
        lan.says("/start");
        lan.sees("in one line");
        lan.says("xa tan lap tay ninh");
        lan.sees("Registered: <b>Xã Tân Lập</b>");
        lan.says("Who approves the monthly report?");
        lan.sees("is registered as");

        assertThat(questionOf(lan).commune()).isEqualTo("Xã Tân Lập");
        lan.checkLimits();
    }

    @Test
    void aPressOnAnOldPlaceOfferAfterRegistrationChangesNothing() {
        Conversation lan = official("en");
        lan.says("/start");
        lan.says("Tân Lập");
        lan.seesButtons(
                List.of(
                        "Phường Tân Lập, Tỉnh Đắk Lắk",
                        "Xã Tân Lập, Tỉnh Tây Ninh",
                        "Xã Tân Lập, Tỉnh Quảng Trị",
                        "Xã Tân Lập, Tỉnh Lâm Đồng",
                        "None of these"),
                "Which of these");
        lan.says("Tây Ninh");
        lan.sees("Registered: <b>Xã Tân Lập</b>, <b>Tỉnh Tây Ninh</b>");

        lan.presses("Xã Tân Lập, Tỉnh Quảng Trị");
        assertThat(lan.toast()).contains("registered already");
        lan.checkLimits();
    }

    // --- asking and answers

    @Test
    void aRegisteredOfficialAsksStaffApproveAndTheOfficialSaysItResolvedIt() {
        Conversation lan = registered("en");
        lan.says(TelegramFixture.ANSWERABLE);
        lan.sees("is registered as");
        QuestionView question = drafted(lan);
        assertThat(question.status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);

        BotApiStub.Call card = card(STAFF_GROUP, question);
        assertThat(card.text())
                .contains("Các đoạn văn bản phù hợp nhất", "183-KL/TW", "Phường Ba Đình, Thành phố Hà Nội");
        // Passages are cited as a Vietnamese reader cites them ("đoạn 5"), not by the index's label.
        assertThat(card.text()).doesNotContain("para.");
        assertThat(Conversation.labels(card)).containsExactly("Duyệt", "Sửa", "Chuyển xử lý", "Từ chối", "Nhận xử lý");
        press(alice(), STAFF_GROUP, card, "s:ap:" + question.id());

        BotApiStub.Call answer = lan.seesButtons(List.of("Resolved", "Not resolved"), "Answer to your question");
        assertThat(answer.text()).contains("Sources", "183-KL/TW");
        lan.presses("Resolved");
        assertThat(lan.toast()).contains("Thank you");
        awaitStatus(question, QuestionStatus.CLOSED);
        lan.checkLimits();
    }

    @Test
    void anOfficialWritingWithoutDiacriticsSaysTheAnswerDidNotResolveIt() {
        Conversation lan = registered("vi");
        lan.says("ai chiu trach nhiem huong dan quan ly tai chinh tai san cong doan cap tinh");
        lan.sees("đã được tiếp nhận");
        QuestionView question = drafted(lan);
        desk.answer(
                escalatedOrApproved(question), new Actor("mai", Role.MANAGER), "Liên đoàn Lao động tỉnh hướng dẫn.");

        lan.seesButtons(List.of("Đã giải quyết", "Chưa giải quyết"), "Liên đoàn Lao động tỉnh hướng dẫn.");
        int before = stub.sentTo(lan.chat()).size();
        lan.presses("Chưa giải quyết");
        assertThat(lan.toast()).as("no pop-up besides the message").isEmpty();
        lan.sees("Câu hỏi số " + question.id() + " đã được chuyển lại cho cán bộ", "câu trả lời mới trước <b>");
        BotApiStub.Call card = card(STAFF_GROUP, question);
        stub.awaitCall(
                "editmessagetext",
                call -> call.chatId() == STAFF_GROUP
                        && call.body().path("message_id").asInt() == stub.messageIdOf(card)
                        && call.text().contains("cần cán bộ trả lời")
                        && call.text().contains("chưa giải quyết")
                        && call.text().contains("<b>Câu trả lời đã gửi</b>\nLiên đoàn Lao động tỉnh hướng dẫn."));
        // The edit notifies nobody: a reply under the card tells the group.
        stub.awaitCall(
                "sendmessage",
                call -> call.chatId() == STAFF_GROUP
                        && call.body()
                                        .path("reply_parameters")
                                        .path("message_id")
                                        .asInt()
                                == stub.messageIdOf(card)
                        && call.text().contains("báo câu trả lời chưa giải quyết được"));
        TelegramFixture.awaitSettled(jdbc, STAFF_GROUP, QuestionEscalated.class);
        assertOneCard(question, card);
        lan.checkLimits();
        // checkLimits waited for the reply to its own last message: everything before it has gone out.
        assertThat(stub.sentTo(lan.chat())
                        .subList(before, stub.sentTo(lan.chat()).size()))
                .as("one confirmation of the press")
                .filteredOn(call -> call.text().contains("cho cán bộ"))
                .hasSize(1);
    }

    @Test
    void anOfficialEditsTheirQuestionBeforeItIsAnswered() {
        Conversation lan = registered("en");
        lan.says("What is the procedure to issue a building permit in a ward?");
        lan.sees("is registered as");
        int asked = lan.lastMessageId();
        drafted(lan);

        lan.edits(asked, "What is the procedure to issue a building permit in a rural commune?");
        lan.sees("was updated");

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> questionOf(lan).text().endsWith("rural commune?"));
        lan.checkLimits();
    }

    @Test
    void anOfficialSendsAScannedLetterWithTheQuestionInItsCaption() {
        Conversation lan = registered("vi");
        lan.sendsFile("Xin hướng dẫn thực hiện công văn kèm theo về chữ ký số", "cong-van.pdf", "application/pdf");
        lan.sees("đã được tiếp nhận");
        QuestionView question = drafted(lan);

        BotApiStub.Call card = card(STAFF_GROUP, question);
        assertThat(card.text()).contains("Xin hướng dẫn thực hiện công văn");
        stub.awaitCall(
                "copymessage",
                call -> call.chatId() == STAFF_GROUP
                        && call.body().path("from_chat_id").asLong() == lan.chat());
        lan.checkLimits();
    }

    @Test
    void aVoiceMessageGetsAPoliteExplanation() {
        Conversation lan = registered("vi");
        lan.sendsVoice();
        lan.seesButtons(List.of(), "Tôi chỉ nhận văn bản");
        lan.checkLimits();
    }

    @Test
    void statusOfSomeoneElsesTicketSaysThereIsNoSuchQuestion() {
        Conversation other = registered("en");
        other.says("Who signs the monthly report of the commune?");
        other.sees("is registered as");
        QuestionView theirs = questionOf(other);

        Conversation lan = registered("en");
        lan.says("/status " + theirs.id());
        BotApiStub.Call reply = lan.sees("There is no such question of yours");
        assertThat(reply.text()).doesNotContain(theirs.text());
        lan.says("/status");
        lan.sees("You have not asked");
        lan.checkLimits();
        other.checkLimits();
    }

    @Test
    void aMistypedCommandIsNamedUnknown() {
        Conversation lan = registered("en");
        lan.says("/stauts 12");
        lan.sees("I do not know that command");
        lan.checkLimits();
    }

    @Test
    void anAnswerStaffEditedListsAsSourcesOnlyWhatItStillCites(@Autowired QuoteFormat quotes) {
        Conversation lan = registered("vi");
        lan.says("Tổ chức đại hội đảng bộ cấp xã phải xong trước ngày nào ạ");
        lan.sees("đã được tiếp nhận");
        QuestionView question = drafted(lan);
        assertThat(question.status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);
        List<Citation> drafted = question.draft().citations();
        assertThat(drafted).as("the draft quotes more than one point").hasSizeGreaterThan(1);
        Locale vi = Locale.forLanguageTag("vi");
        String kept = quotes.format(drafted.get(0), vi);
        String dropped = drafted.stream()
                .map(citation -> quotes.format(citation, vi))
                .filter(written -> !written.startsWith(kept))
                .findFirst()
                .orElseThrow();

        BotApiStub.Call card = card(STAFF_GROUP, question);
        press(alice(), STAFF_GROUP, card, "s:ed:" + question.id());
        BotApiStub.Call prompt = stub.awaitSent(
                STAFF_GROUP,
                call -> call.body().path("reply_markup").path("force_reply").asBoolean()
                        && call.text().contains("câu hỏi số " + question.id() + "."));
        stub.push(Updates.reply(
                STAFF_GROUP,
                950,
                alice(),
                stub.messageIdOf(prompt),
                "Theo " + kept + ": đại hội đảng bộ cấp xã phải xong trước ngày 31/8/2025."));
        BotApiStub.Call preview = stub.awaitSent(
                STAFF_GROUP,
                call -> call.text().startsWith("<b>Xem trước") && call.text().contains("31/8/2025"));
        press(alice(), STAFF_GROUP, preview, TelegramFixture.callbacks(preview).get(0));

        BotApiStub.Call answer = lan.sees("31/8/2025", "Căn cứ");
        String sources = answer.text().substring(answer.text().indexOf("Căn cứ"));
        assertThat(sources).contains("• " + kept).doesNotContain(dropped);
        lan.checkLimits();
    }

    @Test
    void anOfficialWhoseTelegramIsInEnglishButAsksInVietnameseIsToldEverythingInVietnamese() {
        // Telegram has no Vietnamese interface: many officials' language_code is "en".
        Conversation lan = registered("en");
        lan.says("cho e hoi VPTT hoat dong den khi nao a");
        BotApiStub.Call ack = lan.sees("Câu hỏi của bạn đã được tiếp nhận");
        QuestionView question = drafted(lan);
        // Whether the decision drafts it depends on the shipped model; the asker is told of an
        // escalation only when the decision escalates, and then in Vietnamese.
        boolean escalatedByTheDecision = question.status() == QuestionStatus.ESCALATED;
        desk.answer(
                escalatedOrApproved(question),
                new Actor("mai", Role.MANAGER),
                "Văn phòng Thường trực hoạt động đến hết tháng 10/2025.");

        if (escalatedByTheDecision) {
            lan.sees("Câu hỏi số " + question.id() + " đã được chuyển cho cán bộ");
        }
        BotApiStub.Call answer = lan.seesButtons(
                List.of("Đã giải quyết", "Chưa giải quyết"),
                "Trả lời câu hỏi số " + question.id().value());
        assertThat(answer.text()).doesNotContain("Answer to your question");
        lan.says("/help");
        lan.sees("Hãy gửi câu hỏi");
        lan.checkLimits();
        List<BotApiStub.Call> sent = stub.sentTo(lan.chat());
        assertThat(sent.subList(sent.indexOf(ack), sent.size()))
                .as("from the question on, nothing in English")
                .extracting(BotApiStub.Call::text)
                .noneMatch(text -> text.contains("Your question") || text.contains("Question no."));
    }

    @Test
    void aShortQuestionInPlainLettersDoesNotSwitchTheOfficialsLanguage() {
        Conversation lan = registered("vi");
        lan.says("VPTT 412?");
        lan.sees("Câu hỏi của bạn đã được tiếp nhận");
        lan.checkLimits();
    }

    @Test
    void anOfficialWhoseFirstMessageIsAVietnameseQuestionRegistersInVietnamese() {
        Conversation lan = official("en");
        lan.says("van phong thuong truc hoat dong den khi nao");
        lan.sees("xã, phường và tỉnh");
        lan.says("Phường Ba Đình, Hà Nội");
        lan.sees("Đã đăng ký", "Phường Ba Đình");
        lan.sees("Câu hỏi của bạn đã được tiếp nhận");
        lan.checkLimits();
    }

    @Test
    void aLanguageTheOfficialChoseStaysWhateverLanguageTheyAskIn() {
        Conversation lan = registered("vi");
        lan.says("/language");
        lan.presses("English");
        lan.seesEdited("From now on I write in English");
        lan.says("cho e hoi VPTT hoat dong den khi nao a");
        lan.sees("Your question is registered as");
        QuestionView question = drafted(lan);
        desk.answer(
                escalatedOrApproved(question),
                new Actor("mai", Role.MANAGER),
                "Văn phòng Thường trực hoạt động đến hết tháng 10/2025.");
        lan.sees("Question no. " + question.id() + " has been passed");
        lan.seesButtons(List.of("Resolved", "Not resolved"), "Answer to your question");
        lan.checkLimits();
    }

    @Test
    void anOfficialsThanksAndGreetingsAreAnsweredKindlyAndOpenNoTicket() {
        Conversation lan = registered("vi");
        lan.says("Dạ em cảm ơn ạ");
        BotApiStub.Call thanks = lan.sees("Cảm ơn bạn");
        assertThat(thanks.text()).doesNotContain("tiếp nhận", "chuyển cho cán bộ");
        lan.says("ok a");
        lan.sees("Cảm ơn bạn");
        lan.says("chao a");
        BotApiStub.Call greeting = lan.sees("Xin chào");
        assertThat(greeting.text()).doesNotContain("tiếp nhận", "chuyển cho cán bộ");
        // All three were handled (replied to) before this point: nothing reached the desk.
        assertThat(latestQuestions(lan, 5)).isEmpty();

        lan.says("cam on a, cho e hoi them VPTT hoat dong den khi nao");
        lan.sees("đã được tiếp nhận");
        assertThat(questionOf(lan).text()).startsWith("cam on a, cho e hoi them");
        lan.checkLimits();
    }

    /** Resent on a weak signal, the same question had become a second ticket with a second draft. */
    @Test
    void theSameQuestionSentAgainWhileOpenPointsToTheFirstTicket() {
        Conversation lan = registered("vi");
        lan.says("bo chinh tri hop may lan 1 thang a");
        lan.sees("đã được tiếp nhận");
        QuestionView first = questionOf(lan);
        lan.says("Bộ Chính trị họp mấy lần 1 tháng ạ?");
        lan.sees("Bạn đã gửi câu hỏi này rồi", "câu hỏi số " + first.id());
        lan.says("bo chinh tri hop vao ngay nao");
        lan.sees("đã được tiếp nhận");
        assertThat(latestQuestions(lan, 5)).hasSize(2);
        lan.checkLimits();
    }

    @Test
    void docsNamesTheDocumentsByNumberTitleAndLanguageNotByFileName() {
        Conversation lan = registered("vi");
        lan.says("/docs");
        BotApiStub.Call docs = lan.sees("Các văn bản làm căn cứ trả lời");
        assertThat(docs.text())
                .contains(
                        "<b>Kết luận 183-KL/TW</b> — Conclusion No. 183-KL/TW",
                        "(tiếng Anh, tiếng Thụy Điển)",
                        "<b>Thông báo 412/TB-VPCP</b> — Notice No. 412/TB-VPCP",
                        // A placeholder number is no name for a document.
                        "<b>Kết luận của Bộ Chính trị, Ban Bí thư ngày 16/5/2025</b> — ")
                .doesNotContain("183-KL-TW_en", "_summary_", "_sv", ".md", "<b>KL-2025-05-16");
        // Three renderings of 183-KL/TW are one document to the official.
        assertThat(docs.text().split("183-KL/TW</b>", -1)).hasSize(2);
        lan.checkLimits();
    }

    @Test
    void aDocumentWhoseNumberIsAPlaceholderIsNamedByIssuerAndDateOnTheCardAndInTheAnswer() {
        Conversation lan = registered("vi");
        lan.says("Văn phòng thường trực hoạt động đến khi nào?");
        lan.sees("đã được tiếp nhận");
        QuestionView question = drafted(lan);
        assertThat(question.status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);
        String named = "Kết luận của Bộ Chính trị, Ban Bí thư ngày 16/5/2025, đoạn 16";

        BotApiStub.Call card = card(STAFF_GROUP, question);
        assertThat(card.text()).contains(named).doesNotContain("KL-2025-05-16");
        press(alice(), STAFF_GROUP, card, "s:ap:" + question.id());

        BotApiStub.Call answer = lan.sees("Căn cứ");
        assertThat(answer.text()).contains("• " + named).doesNotContain("KL-2025-05-16");
        lan.checkLimits();
    }

    @Test
    void theLanguageButtonsSwitchTheBotsLanguage() {
        Conversation lan = registered("vi");
        lan.says("/language");
        lan.seesButtons(List.of("Tiếng Việt", "English", "Svenska"), "Chọn ngôn ngữ");
        lan.presses("English");
        lan.seesEdited("From now on I write in English");
        lan.says("/help");
        lan.sees("Send your question");
        lan.checkLimits();
    }

    // --- staff in the group

    @Test
    void aPressOnAnOldCardSaysWhoDidWhatAndWhen() {
        Conversation lan = registered("en");
        lan.says(TelegramFixture.ANSWERABLE);
        QuestionView question = drafted(lan);
        BotApiStub.Call card = card(STAFF_GROUP, question);
        press(alice(), STAFF_GROUP, card, "s:ap:" + question.id());
        lan.sees("Answer to your question");

        String toast = press(bob(), STAFF_GROUP, card, "s:rj:" + question.id());
        assertThat(toast).contains("Câu hỏi số " + question.id(), "alice");
        lan.checkLimits();
    }

    @Test
    void aDraftRejectedOnItsCardTurnsThatCardIntoTheEscalatedOneWithoutASecondCard() {
        Conversation lan = registered("en");
        lan.says(TelegramFixture.ANSWERABLE);
        QuestionView question = drafted(lan);
        assertThat(question.status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);
        BotApiStub.Call card = card(STAFF_GROUP, question);

        String toast = press(alice(), STAFF_GROUP, card, "s:rj:" + question.id());
        assertThat(toast).contains("alice", "đã từ chối");
        awaitStatus(question, QuestionStatus.ESCALATED);

        assertTurnedInPlace(question, card);
        lan.checkLimits();
    }

    @Test
    void aDraftRejectedInTheConsoleTurnsItsCardIntoTheEscalatedOneWithoutASecondCard() {
        Conversation lan = registered("en");
        lan.says(TelegramFixture.ANSWERABLE);
        QuestionView question = drafted(lan);
        assertThat(question.status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);
        BotApiStub.Call card = card(STAFF_GROUP, question);

        desk.reject(question.id(), new Actor("mai", Role.MANAGER), "trích dẫn sai điều khoản");

        BotApiStub.Call turned = assertTurnedInPlace(question, card);
        assertThat(turned.text()).contains("trích dẫn sai điều khoản");
        lan.checkLimits();
    }

    @Test
    void aDraftApprovedInTheConsoleClosesItsCardSayingWhoApprovedIt() {
        Conversation lan = registered("en");
        lan.says(TelegramFixture.ANSWERABLE);
        QuestionView question = drafted(lan);
        assertThat(question.status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);
        BotApiStub.Call card = card(STAFF_GROUP, question);
        assertThat(Conversation.labels(card)).isNotEmpty();

        desk.approve(question.id(), new Actor("mai", Role.MANAGER, "console"), null);
        lan.sees("Answer to your question");

        BotApiStub.Call closed = stub.awaitCall(
                "editmessagetext",
                call -> call.chatId() == STAFF_GROUP
                        && call.body().path("message_id").asInt() == stub.messageIdOf(card));
        assertThat(closed.text()).contains("Câu hỏi số " + question.id() + "</b> · đã trả lời", "✅ mai đã duyệt");
        assertThat(Conversation.labels(closed)).as("buttons left on the card").isEmpty();
        TelegramFixture.awaitSettled(jdbc, STAFF_GROUP, QuestionAnswered.class);
        assertThat(stub.calls("editmessagetext"))
                .filteredOn(call -> call.chatId() == STAFF_GROUP
                        && call.body().path("message_id").asInt() == stub.messageIdOf(card))
                .hasSize(1);
        String id = Long.toString(question.id().value());
        assertThat(stub.sentTo(STAFF_GROUP))
                .filteredOn(call -> TelegramFixture.callbacks(call).stream().anyMatch(data -> data.endsWith(":" + id)))
                .containsExactly(card);
        lan.checkLimits();
    }

    @Test
    void anEditedApprovalShowsOnItsCardTheAnswerThatWasSent() {
        Conversation lan = registered("en");
        lan.says(TelegramFixture.ANSWERABLE);
        QuestionView question = drafted(lan);
        assertThat(question.status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);
        BotApiStub.Call card = card(STAFF_GROUP, question);
        press(alice(), STAFF_GROUP, card, "s:ed:" + question.id());
        BotApiStub.Call prompt = stub.awaitSent(
                STAFF_GROUP,
                call -> call.body().path("reply_markup").path("force_reply").asBoolean()
                        && call.text().contains("câu hỏi số " + question.id() + "."));
        String edited = "Ban Thường vụ Liên đoàn Lao động tỉnh hướng dẫn việc này.";
        stub.push(Updates.reply(STAFF_GROUP, 951, alice(), stub.messageIdOf(prompt), edited));
        BotApiStub.Call preview = stub.awaitSent(
                STAFF_GROUP,
                call -> call.text().startsWith("<b>Xem trước") && call.text().contains(edited));
        press(alice(), STAFF_GROUP, preview, TelegramFixture.callbacks(preview).get(0));
        lan.sees(edited);

        BotApiStub.Call closed = stub.awaitCall(
                "editmessagetext",
                call -> call.chatId() == STAFF_GROUP
                        && call.body().path("message_id").asInt() == stub.messageIdOf(card)
                        && call.text().contains("đã trả lời"));
        assertThat(closed.text())
                .contains("<b>Câu trả lời đã gửi</b>", edited)
                .doesNotContain("<b>Dự thảo</b>", Html.escape(question.draft().text()));
        assertThat(Conversation.labels(closed)).isEmpty();
        lan.checkLimits();
    }

    @Test
    void aClaimedCardNamesWhoHoldsItAndNoLongerOffersTheClaim() {
        Conversation lan = registered("en");
        lan.says(TelegramFixture.ANSWERABLE);
        QuestionView question = drafted(lan);
        assertThat(question.status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);
        BotApiStub.Call card = card(STAFF_GROUP, question);
        assertThat(Conversation.labels(card)).contains("Nhận xử lý");

        press(alice(), STAFF_GROUP, card, "s:cl:" + question.id());
        BotApiStub.Call claimed = stub.awaitCall(
                "editmessagetext",
                call -> call.chatId() == STAFF_GROUP
                        && call.body().path("message_id").asInt() == stub.messageIdOf(card));
        assertThat(claimed.text()).contains("Người xử lý: alice").doesNotContain("Do alice nhận xử lý");
        assertThat(Conversation.labels(claimed)).containsExactly("Duyệt", "Sửa", "Chuyển xử lý", "Từ chối");

        String toast = press(bob(), STAFF_GROUP, card, "s:cl:" + question.id());
        assertThat(toast).contains("alice");

        // One without a Telegram user name is named, not shown by the id the desk knows them by.
        lan.says("Who must guide the financial management of trade union assets in a province?");
        QuestionView second = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> latestQuestions(lan, 1).get(0),
                        q -> !q.id().equals(question.id()) && q.status() != QuestionStatus.RECEIVED);
        BotApiStub.Call secondCard = card(STAFF_GROUP, second);
        ObjectNode thu = Updates.user(7005, "Thu", null, "vi");
        stub.member(STAFF_GROUP, 7005, "member");
        press(thu, STAFF_GROUP, secondCard, "s:cl:" + second.id());
        assertThat(press(bob(), STAFF_GROUP, secondCard, "s:cl:" + second.id()))
                .contains("Thu")
                .doesNotContain("tg-7005");
        lan.checkLimits();
    }

    @Test
    void aQuestionClaimedInTheConsoleShowsItsHolderOnItsCardAndKeepsTheRejectionReason() {
        Conversation lan = registered("en");
        lan.says(TelegramFixture.ANSWERABLE);
        QuestionView question = drafted(lan);
        assertThat(question.status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);
        BotApiStub.Call card = card(STAFF_GROUP, question);
        desk.reject(question.id(), new Actor("mai", Role.MANAGER), "trích dẫn sai điều khoản");
        assertTurnedInPlace(question, card);

        desk.claim(question.id(), new Actor("mai", Role.MANAGER, "console"));

        BotApiStub.Call assigned = stub.awaitCall(
                "editmessagetext",
                call -> call.chatId() == STAFF_GROUP
                        && call.body().path("message_id").asInt() == stub.messageIdOf(card)
                        && call.text().contains("Người xử lý: mai"));
        assertThat(assigned.text()).contains("Lý do: trích dẫn sai điều khoản");
        assertThat(Conversation.labels(assigned)).containsExactly("Trả lời");
        lan.checkLimits();
    }

    @Test
    void aDraftRejectedInTheConsoleBeforeItsCardWentOutEditsThatCardAndPostsNoSecond() {
        String question = "Who guides the financial management of trade union assets in a province?";
        // Telegram makes the card wait: the rejection comes while the card is still in the outbox.
        stub.fail(
                "sendmessage",
                1,
                429,
                BotApiStub.tooManyRequests(3),
                body -> body.path("chat_id").asLong() == STAFF_GROUP
                        && body.path("text").asText().contains(question));
        Conversation lan = registered("en");
        lan.says(question);
        QuestionView drafted = drafted(lan);
        assertThat(drafted.status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> stub.calls("sendmessage").stream()
                        .anyMatch(call -> call.status() == 429
                                && call.text() != null
                                && call.text().contains(question)));
        assertThat(stub.sentTo(STAFF_GROUP))
                .as("not sent yet")
                .noneMatch(call -> call.status() == 200 && call.text().contains(question));

        desk.reject(drafted.id(), new Actor("mai", Role.MANAGER), "trích dẫn sai điều khoản");

        BotApiStub.Call card = card(STAFF_GROUP, drafted);
        BotApiStub.Call turned = stub.awaitCall(
                "editmessagetext",
                call -> call.chatId() == STAFF_GROUP
                        && call.body().path("message_id").asInt() == stub.messageIdOf(card)
                        && call.text().contains("cần cán bộ trả lời"));
        assertThat(turned.text()).contains("trích dẫn sai điều khoản");
        TelegramFixture.awaitSettled(jdbc, STAFF_GROUP, QuestionEscalated.class);
        assertOneCard(drafted, card);
        lan.checkLimits();
    }

    /** The question has this one card in the group, and no other. */
    void assertOneCard(QuestionView question, BotApiStub.Call card) {
        String id = Long.toString(question.id().value());
        assertThat(stub.sentTo(STAFF_GROUP))
                .as("cards of question %s in the group", id)
                .filteredOn(call -> call.status() == 200)
                .filteredOn(call -> TelegramFixture.callbacks(call).stream().anyMatch(data -> data.endsWith(":" + id)))
                .containsExactly(card);
    }

    /** The card was edited to the escalated one, with its buttons, and no other card was posted. */
    BotApiStub.Call assertTurnedInPlace(QuestionView question, BotApiStub.Call card) {
        BotApiStub.Call turned = stub.awaitCall(
                "editmessagetext",
                call -> call.chatId() == STAFF_GROUP
                        && call.body().path("message_id").asInt() == stub.messageIdOf(card)
                        && call.text().contains("cần cán bộ trả lời"));
        assertThat(turned.text()).contains("Câu hỏi số " + question.id());
        assertThat(Conversation.labels(turned)).containsExactly("Nhận xử lý", "Trả lời");
        TelegramFixture.awaitSettled(jdbc, STAFF_GROUP, QuestionEscalated.class);
        String id = Long.toString(question.id().value());
        assertThat(stub.sentTo(STAFF_GROUP))
                .as("cards of question %s in the group", id)
                .filteredOn(call -> TelegramFixture.callbacks(call).stream().anyMatch(data -> data.endsWith(":" + id)))
                .containsExactly(card);
        return turned;
    }

    @Test
    void aStaffMemberWithoutATelegramUserNameIsShownByNameNotById() {
        Conversation lan = registered("en");
        lan.says(TelegramFixture.ANSWERABLE);
        QuestionView question = drafted(lan);
        assertThat(question.status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);
        ObjectNode thu = Updates.user(7004, "Thu", null, "vi");
        thu.put("last_name", "Nguyễn");
        stub.member(STAFF_GROUP, 7004, "member");

        BotApiStub.Call card = card(STAFF_GROUP, question);
        String toast = press(thu, STAFF_GROUP, card, "s:ap:" + question.id());
        assertThat(toast).contains("Thu Nguyễn", "đã duyệt").doesNotContain("tg-7004");
        BotApiStub.Call updated = stub.awaitCall(
                "editmessagetext",
                call -> call.chatId() == STAFF_GROUP
                        && call.body().path("message_id").asInt() == stub.messageIdOf(card));
        assertThat(updated.text()).contains("Thu Nguyễn đã duyệt").doesNotContain("tg-7004");
        lan.sees("Answer to your question");
        TelegramFixture.awaitSettled(jdbc, STAFF_GROUP, QuestionAnswered.class);
        assertThat(stub.calls("editmessagetext"))
                .as("an answer given in the group is shown on the card once, by the name the group knows")
                .filteredOn(call -> call.chatId() == STAFF_GROUP
                        && call.body().path("message_id").asInt() == stub.messageIdOf(card))
                .containsExactly(updated);
        // The desk knows Thu as tg-7004; pages that show who acted ask the channel for the name.
        assertThat(desk.history(question.id()))
                .extracting(AuditEvent::actor)
                .contains("tg-7004", "telegram:" + lan.chat());
        assertThat(names.nameOf("tg-7004")).contains("Thu Nguyễn");
        assertThat(names.nameOf("telegram:" + lan.chat()))
                .as("the name the official registered with")
                .isPresent()
                .isEqualTo(Optional.ofNullable(question.askerName()));
        assertThat(names.nameOf("tg-7999")).as("never seen").isEmpty();
        assertThat(names.nameOf("alice")).as("not a name the channel gave").isEmpty();
        lan.checkLimits();
    }

    @Test
    void ofTwoStaffPressingApproveAtOnceOneWinsAndTheOtherIsToldWho() {
        Conversation lan = registered("en");
        lan.says(TelegramFixture.ANSWERABLE);
        QuestionView question = drafted(lan);
        BotApiStub.Call card = card(STAFF_GROUP, question);

        String data = "s:ap:" + question.id();
        stub.push(Updates.press("both-a-" + question.id(), alice(), STAFF_GROUP, stub.messageIdOf(card), data));
        stub.push(Updates.press("both-b-" + question.id(), bob(), STAFF_GROUP, stub.messageIdOf(card), data));
        String first = toast("both-a-" + question.id());
        String second = toast("both-b-" + question.id());

        assertThat(List.of(first, second))
                .filteredOn(text -> text.contains("đã duyệt"))
                .hasSize(1);
        assertThat(List.of(first, second))
                .filteredOn(text -> text.contains("Câu hỏi số " + question.id()))
                .hasSize(1);
        lan.sees("Answer to your question");
        assertThat(stub.sentTo(lan.chat()))
                .filteredOn(call -> call.text().contains("Answer to your question"))
                .hasSize(1);
        lan.checkLimits();
    }

    @Test
    void someoneOutsideTheStaffGroupPressingACardIsRefused() {
        Conversation lan = registered("en");
        lan.says(TelegramFixture.ANSWERABLE);
        QuestionView question = drafted(lan);
        BotApiStub.Call card = card(STAFF_GROUP, question);

        String toast = press(mallory(), STAFF_GROUP, card, "s:ap:" + question.id());

        assertThat(toast).contains("Chỉ thành viên nhóm cán bộ");
        assertThat(desk.get(question.id()).status()).isEqualTo(QuestionStatus.AWAITING_APPROVAL);
        lan.checkLimits();
    }

    @Test
    void anEscalatedQuestionIsAnsweredByStaffInTheGroup() {
        Conversation lan = registered("en");
        lan.says(TelegramFixture.UNANSWERABLE);
        QuestionView question = drafted(lan);
        assertThat(question.status()).isEqualTo(QuestionStatus.ESCALATED);
        BotApiStub.Call card = card(STAFF_GROUP, question);
        assertThat(Conversation.labels(card)).containsExactly("Nhận xử lý", "Trả lời");
        assertThat(card.text()).contains("Các đoạn văn bản phù hợp nhất");

        press(bob(), STAFF_GROUP, card, "s:an:" + question.id());
        BotApiStub.Call prompt = stub.awaitSent(
                STAFF_GROUP, call -> call.text().contains("@bob") && call.text().contains("" + question.id()));
        stub.push(Updates.reply(
                STAFF_GROUP,
                9100 + (int) question.id().value(),
                bob(),
                stub.messageIdOf(prompt),
                "Giấy phép xây dựng do UBND cấp xã cấp."));

        lan.sees("Giấy phép xây dựng do UBND cấp xã cấp.");
        lan.checkLimits();
    }

    // --- a staff group per office

    @Test
    void anOfficesQuestionsGoToItsOwnGroupWhoseMembersActThere() {
        offices.save(new OfficeSettings("tay-ninh", "Văn phòng Thường trực Tây Ninh", false, false, 4, 3));
        offices.addRoutingRule(new RoutingRuleView(null, "tay-ninh", "Tây Ninh", null, null, 10));
        groups.set("tay-ninh", TAY_NINH_GROUP, "admin");

        Conversation lan = official("vi");
        lan.says("/start");
        lan.says("xa tan lap tinh tay ninh");
        lan.sees("Đã đăng ký");
        lan.says(TelegramFixture.ANSWERABLE);
        QuestionView question = drafted(lan);
        assertThat(question.office()).isEqualTo("tay-ninh");

        BotApiStub.Call card = card(TAY_NINH_GROUP, question);
        assertThat(stub.sentTo(STAFF_GROUP))
                .noneMatch(call -> TelegramFixture.callbacks(call).contains("s:ap:" + question.id()));

        String refused = press(alice(), TAY_NINH_GROUP, card, "s:ap:" + question.id());
        assertThat(refused).as("a member of the default group only").contains("Chỉ thành viên nhóm cán bộ");
        String approved = press(carol(), TAY_NINH_GROUP, card, "s:ap:" + question.id());
        assertThat(approved).contains("carol", "đã duyệt");
        // Asked in English: the answer comes in the language of the question.
        lan.sees("Answer to your question no. " + question.id());
        lan.checkLimits();
    }

    @Test
    void anOfficeGroupIsCheckedWithTelegramBeforeItIsSaved() {
        offices.save(new OfficeSettings("hue", "Văn phòng Thường trực Huế", false, false, 4, 3));

        assertThatThrownBy(() -> groups.set("hue", -1009999, "admin"))
                .isInstanceOfSatisfying(
                        UnreachableGroup.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreachableGroup.Reason.NOT_VISIBLE));
        assertThatThrownBy(() -> groups.set("hue", 777, "admin"))
                .isInstanceOfSatisfying(
                        UnreachableGroup.class,
                        e -> assertThat(e.reason()).isEqualTo(UnreachableGroup.Reason.NOT_A_GROUP));
        OfficeGroup set = groups.set("hue", STAFF_GROUP, "admin");
        assertThat(set.title()).isEqualTo("Văn phòng Thường trực");
        assertThat(groups.list()).contains(set);

        offices.save(new OfficeSettings("hue-2", "Văn phòng 2", false, false, 4, 3));
        assertThatThrownBy(() -> groups.set("hue-2", STAFF_GROUP, "admin"))
                .isInstanceOfSatisfying(
                        UnreachableGroup.class, e -> assertThat(e.reason()).isEqualTo(UnreachableGroup.Reason.TAKEN));
        groups.clear("hue");
        assertThat(groups.list()).noneMatch(group -> group.officeId().equals("hue"));
    }

    // --- steps

    /** An official registered in one line, the way most will. */
    Conversation registered(String language) {
        Conversation lan = official(language);
        lan.says("Phường Ba Đình, Hà Nội");
        lan.sees("Phường Ba Đình");
        return lan;
    }

    /** The official's latest questions at the desk, newest first. */
    List<QuestionView> latestQuestions(Conversation lan, int limit) {
        return desk.list(new QuestionFilter(null, null, "telegram", Long.toString(lan.chat())), 0, limit)
                .questions();
    }

    QuestionView questionOf(Conversation lan) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> latestQuestions(lan, 1).stream().findFirst().orElse(null), question -> question != null);
    }

    QuestionView drafted(Conversation lan) {
        QuestionView question = questionOf(lan);
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> desk.get(question.id()), q -> q.status() != QuestionStatus.RECEIVED);
    }

    void awaitStatus(QuestionView question, QuestionStatus status) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> desk.get(question.id()).status() == status);
    }

    /** An answerable id for {@link Desk#answer}: escalated first if the draft awaits approval. */
    org.standingoffice.desk.QuestionId escalatedOrApproved(QuestionView question) {
        if (question.status() == QuestionStatus.AWAITING_APPROVAL) {
            desk.escalate(question.id(), new Actor("mai", Role.MANAGER), "cần cán bộ trả lời");
        }
        return question.id();
    }

    static BotApiStub.Call card(long group, QuestionView question) {
        String id = Long.toString(question.id().value());
        return stub.awaitSent(
                group, call -> TelegramFixture.callbacks(call).stream().anyMatch(data -> data.endsWith(":" + id)));
    }

    /** A staff member presses a card's button; returns what Telegram shows them. */
    static String press(ObjectNode who, long group, BotApiStub.Call card, String data) {
        String id = "p-" + who.path("id").asLong() + "-" + data + "-" + System.nanoTime();
        stub.push(Updates.press(id, who, group, stub.messageIdOf(card), data));
        return toast(id);
    }

    static String toast(String callbackId) {
        return stub.awaitCall(
                        "answercallbackquery",
                        call -> callbackId.equals(
                                call.body().path("callback_query_id").asText()))
                .body()
                .path("text")
                .asText("");
    }
}
