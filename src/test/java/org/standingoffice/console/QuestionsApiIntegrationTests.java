package org.standingoffice.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.standingoffice.FixedDecision;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.desk.OfficeDirectory;
import org.standingoffice.desk.OfficeSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questions API end to end: real security, the real desk on H2 under a temporary data dir,
 * drafting with the real retriever over the shipped knowledge base.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionsApiIntegrationTests {

    static final String ANSWERABLE =
            "Who must guide the financial management of trade union assets at the provincial level?";
    static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("office.data-dir", () -> dataDir.toString());
        registry.add("office.console.admin-password", () -> "the first admin password");
        FixedDecision.pin(registry);
    }

    final MockMvc mvc;
    final StaffDirectory directory;

    @Autowired
    QuestionsApiIntegrationTests(MockMvc mvc, StaffDirectory directory) {
        this.mvc = mvc;
        this.directory = directory;
    }

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void accounts() {
        account("official-a", Role.OFFICIAL);
        account("official-b", Role.OFFICIAL);
        account("staff-a", Role.STAFF);
        account("staff-b", Role.STAFF);
    }

    @Test
    void anOfficialAsksStaffApproveTheDraftAndTheOfficialSeesTheAnswer() throws Exception {
        MockHttpServletResponse created = perform(
                post("/api/v1/questions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                        {"text": "%s", "askerName": "Nguyễn Văn A", "commune": "Xã An Bình", "province": "Đồng Nai"}
                        """.formatted(ANSWERABLE)),
                as("official-a"));
        assertThat(created.getStatus()).isEqualTo(201);
        JsonNode received = json(created);
        long id = received.get("id").asLong();
        assertThat(created.getHeader(HttpHeaders.LOCATION)).endsWith("/api/v1/questions/" + id);
        assertThat(received.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(received.get("channel").asString()).isEqualTo("api");
        assertThat(received.get("askerRef").asString()).isEqualTo("official-a");

        JsonNode drafted = awaitDrafted(id);
        assertThat(drafted.get("status").asString()).isEqualTo("AWAITING_APPROVAL");
        assertThat(drafted.get("draft").isNull())
                .as("the official does not see the unapproved draft")
                .isTrue();
        JsonNode staffView = json(perform(get("/api/v1/questions/" + id), as("staff-a")));
        assertThat(staffView.at("/draft/text").asString()).isNotBlank();
        assertThat(staffView.at("/draft/citations")).isNotEmpty();
        assertThat(staffView.get("dueAt").isNull()).isFalse();

        MockHttpServletResponse claimed = perform(post("/api/v1/questions/" + id + "/claim"), as("staff-a"));
        assertThat(claimed.getStatus()).isEqualTo(200);
        assertThat(json(claimed).get("assignee").asString()).isEqualTo("staff-a");

        MockHttpServletResponse noted = perform(
                post("/api/v1/questions/" + id + "/notes")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Checked against point 4(2); fine to send.\"}"),
                as("staff-a"));
        assertThat(noted.getStatus()).isEqualTo(201);
        assertThat(json(noted).get("action").asString()).isEqualTo("NOTE");
        assertThat(perform(
                                post("/api/v1/questions/" + id + "/notes")
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"text\":\"I am not staff\"}"),
                                as("official-a"))
                        .getStatus())
                .isEqualTo(403);
        assertProblem(
                perform(
                        post("/api/v1/questions/" + id + "/notes")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"text\":\" \"}"),
                        as("staff-a")),
                400);

        MockHttpServletResponse approved = perform(post("/api/v1/questions/" + id + "/approve"), as("staff-a"));
        assertThat(approved.getStatus()).isEqualTo(200);
        assertThat(json(approved).get("status").asString()).isEqualTo("ANSWERED");
        assertThat(json(approved).at("/answer/text").asString())
                .isEqualTo(staffView.at("/draft/text").asString())
                .doesNotContain("checks it before it is sent");
        assertThat(staffView.at("/draft/notes/level").asString())
                .as("the notes travel beside the answer, for staff")
                .isIn("MEDIUM", "HIGH");

        JsonNode answered = json(perform(get("/api/v1/questions/" + id), as("official-a")));
        assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(answered.at("/answer/text").asString())
                .isEqualTo(staffView.at("/draft/text").asString());

        MockHttpServletResponse events = perform(get("/api/v1/questions/" + id + "/events"), as("official-a"));
        assertThat(events.getStatus()).isEqualTo(200);
        assertThat(json(events).findValuesAsString("action"))
                .containsSubsequence("RECEIVED", "DRAFTED", "CLAIMED", "ANSWERED");
        assertThat(json(events).findValuesAsString("action"))
                .as("the asker does not see staff's internal notes")
                .doesNotContain("NOTE");
        assertThat(json(perform(get("/api/v1/questions/" + id + "/events"), as("staff-b")))
                        .findValuesAsString("action"))
                .hasSize(json(events).size() + 1)
                .contains("NOTE");

        assertThat(perform(get("/api/v1/questions/" + id), as("official-b")).getStatus())
                .as("another official's question looks absent")
                .isEqualTo(404);
        assertThat(perform(get("/api/v1/questions/" + id + "/events"), as("official-b"))
                        .getStatus())
                .isEqualTo(404);
        assertThat(ids(perform(get("/api/v1/questions?size=100"), as("official-b"))))
                .doesNotContain(id);
        assertThat(ids(perform(get("/api/v1/questions?size=100"), as("official-a"))))
                .contains(id);
        assertThat(ids(perform(get("/api/v1/questions?status=ANSWERED&size=100"), as("staff-b"))))
                .contains(id);

        MockHttpServletResponse again = perform(post("/api/v1/questions/" + id + "/approve"), as("staff-a"));
        assertProblem(again, 409);
        assertThat(json(again).get("detail").asString())
                .isEqualTo("The current state of the question does not allow this: question " + id
                        + " is Answered; there is no draft awaiting approval");
        MockHttpServletResponse inVietnamese =
                perform(post("/api/v1/questions/" + id + "/approve").header("Accept-Language", "vi"), as("staff-a"));
        assertThat(json(inVietnamese).get("detail").asString())
                .contains("câu hỏi " + id + " đang ở trạng thái Đã trả lời");

        assertThat(perform(reopen(id), as("official-b")).getStatus()).isEqualTo(404);
        MockHttpServletResponse reopened = perform(reopen(id), as("official-a"));
        assertThat(reopened.getStatus()).isEqualTo(200);
        assertThat(json(reopened).get("status").asString()).isEqualTo("ESCALATED");
    }

    @Test
    void anOfficialMayNotWorkQuestions() throws Exception {
        long id = ask("official-a");

        MockHttpServletResponse response = perform(post("/api/v1/questions/" + id + "/approve"), as("official-a"));

        assertProblem(response, 403);
    }

    @Test
    void withoutCredentialsTheApiAnswers401WithBothChallenges() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/api/v1/questions")).andReturn().getResponse();

        assertProblem(response, 401);
        assertThat(response.getHeaders(HttpHeaders.WWW_AUTHENTICATE))
                .anySatisfy(challenge -> assertThat(challenge).startsWith("Basic realm="))
                .anySatisfy(challenge -> assertThat(challenge).startsWith("Bearer realm="));
    }

    @Test
    void aWrongPasswordIs401() throws Exception {
        MockHttpServletResponse response =
                perform(get("/api/v1/questions"), httpBasic("official-a", "not the password"));

        assertProblem(response, 401);
        assertThat(json(response).get("detail").asString()).contains("wrong");
    }

    @Test
    void anApiTokenSignsInInsteadOfThePassword() throws Exception {
        MockHttpServletResponse issued = perform(post("/api/v1/accounts/official-b/token"), as("official-b"));
        assertThat(issued.getStatus()).isEqualTo(200);
        assertThat(issued.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        String token = json(issued).get("token").asString();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");

        MockHttpServletResponse asked = perform(
                post("/api/v1/questions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"" + ANSWERABLE + "\"}"),
                bearer(token));
        assertThat(asked.getStatus()).isEqualTo(201);
        assertThat(json(asked).get("askerRef").asString()).isEqualTo("official-b");

        assertProblem(perform(get("/api/v1/questions"), bearer(token + "x")), 401);
        assertThat(perform(post("/api/v1/accounts/official-a/token"), bearer(token))
                        .getStatus())
                .as("a token for someone else")
                .isEqualTo(403);
    }

    @Test
    void aBlankQuestionIs400WithTheFieldErrorInTheCallersLanguage() throws Exception {
        MockHttpServletResponse response = perform(
                post("/api/v1/questions")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "vi")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"   \", \"language\": \"vietnamese\"}"),
                as("official-a"));

        assertProblem(response, 400);
        JsonNode problem = json(response);
        assertThat(problem.get("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("text", "language");
        assertThat(problem.get("errors").findValuesAsString("message")).contains("Hãy nhập nội dung câu hỏi.");
    }

    @Test
    void anUnknownCommuneIs400WithTheDesksReason() throws Exception {
        MockHttpServletResponse response = perform(
                post("/api/v1/questions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"" + ANSWERABLE
                                + "\", \"commune\": \"Xã Không Có Thật\", \"province\": \"Đồng Nai\"}"),
                as("official-a"));

        assertProblem(response, 400);
        assertThat(json(response).get("detail").asString()).contains("Không Có Thật");
        assertThat(json(response).get("candidates").isArray()).isTrue();
    }

    @Test
    void onlyTheAskerMayEditAnOpenQuestion() throws Exception {
        long id = ask("official-a");
        String text = "Who guides the finances of the trade union system?";

        assertThat(perform(revise(id, text), as("official-b")).getStatus()).isEqualTo(404);
        MockHttpServletResponse revised = perform(revise(id, text), as("official-a"));

        assertThat(revised.getStatus()).isEqualTo(200);
        assertThat(json(revised).get("text").asString()).isEqualTo(text);
    }

    @Test
    void anUnknownQuestionIsA404Problem() throws Exception {
        MockHttpServletResponse english = perform(get("/api/v1/questions/987654"), as("staff-a"));
        MockHttpServletResponse vietnamese = perform(
                get("/api/v1/questions/987654").header(HttpHeaders.ACCEPT_LANGUAGE, "vi-VN,vi;q=0.9"), as("staff-a"));

        assertProblem(english, 404);
        assertThat(json(english).get("detail").asString())
                .isEqualTo("This question does not exist, or it is not yours to see.");
        assertThat(json(english).get("instance").asString()).isEqualTo("/api/v1/questions/987654");
        assertProblem(vietnamese, 404);
        assertThat(json(vietnamese).get("detail").asString())
                .isEqualTo("Câu hỏi này không tồn tại hoặc bạn không có quyền xem.");
    }

    @Test
    void anOfficialsQuestionGoesToTheOfficeOfTheirAccount(@Autowired OfficeDirectory offices) throws Exception {
        offices.save(new OfficeSettings("hue", "Văn phòng Thường trực Huế", false, false, 4, 3));
        if (directory.find("official-hue").isEmpty()) {
            directory.create("official-hue", "UBND phường Thuận Hóa", Role.OFFICIAL, "hue", PASSWORD);
        }

        long id = ask("official-hue");

        assertThat(json(perform(get("/api/v1/questions/" + id), as("staff-a")))
                        .get("office")
                        .asString())
                .isEqualTo("hue");
    }

    @Test
    void aPageBeyondAnyListIsABadRequestNotAServerError() throws Exception {
        MockHttpServletResponse questions = perform(get("/api/v1/questions").param("page", "999999999"), as("staff-a"));
        assertProblem(questions, 400);
        assertThat(json(questions).at("/errors/0/message").asString()).contains("100000");
        assertProblem(perform(get("/api/v1/invites").param("page", "999999999"), as("staff-a")), 400);
        assertProblem(perform(get("/api/v1/invites").param("size", "0"), as("staff-a")), 400);
        assertThat(perform(get("/api/v1/questions").param("page", "100000"), as("staff-a"))
                        .getStatus())
                .as("the last page allowed is simply empty")
                .isEqualTo(200);
    }

    @Test
    void aQuestionWithoutLettersIsRefusedInTheAskersLanguage() throws Exception {
        MockHttpServletResponse refused = perform(
                post("/api/v1/questions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "vi")
                        .content("{\"text\": \"\\u0000\\u0001\\u007f ?! 😀\"}"),
                as("official-a"));
        assertProblem(refused, 400);
        assertThat(json(refused).get("detail").asString()).contains("không có chữ nào");
    }

    @Test
    void repeatedWrongPasswordsDelayTheNameFromThatAddressButNotFromAnother() throws Exception {
        account("guessed", Role.STAFF);
        RequestPostProcessor fromOutside = request -> {
            request.setRemoteAddr("203.0.113.7");
            return request;
        };
        for (int i = 0; i < 5; i++) {
            assertThat(perform(get("/api/v1/questions").with(fromOutside), httpBasic("guessed", "guess " + i))
                            .getStatus())
                    .isEqualTo(401);
        }

        MockHttpServletResponse locked =
                perform(get("/api/v1/questions").with(fromOutside), httpBasic("guessed", PASSWORD));
        MockHttpServletResponse console = mvc.perform(
                        formLogin("/login").user("guessed").password(PASSWORD))
                .andReturn()
                .getResponse();

        assertProblem(locked, 429);
        assertThat(Integer.parseInt(locked.getHeader("Retry-After")))
                .as("a delay of office.console.sign-in-first-delay, not a 15-minute wall")
                .isBetween(1, 30);
        assertThat(json(locked).get("detail").asString()).contains("Too many failed sign-ins");
        assertThat(console.getRedirectedUrl())
                .as("the same name from an address that has not failed signs in")
                .isEqualTo("/console");
        assertThat(perform(get("/api/v1/questions"), as("staff-a")).getStatus())
                .as("others from other addresses")
                .isEqualTo(200);
    }

    @Test
    void ofTwoConcurrentApprovalsExactlyOneWins() throws Exception {
        long id = ask("official-a");
        assertThat(awaitDrafted(id).get("status").asString()).isEqualTo("AWAITING_APPROVAL");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<MockHttpServletResponse>> approvals = List.of(
                    () -> perform(post("/api/v1/questions/" + id + "/approve"), as("staff-a")),
                    () -> perform(post("/api/v1/questions/" + id + "/approve"), as("staff-b")));
            List<MockHttpServletResponse> responses = new ArrayList<>();
            for (Future<MockHttpServletResponse> outcome : pool.invokeAll(approvals)) {
                responses.add(outcome.get());
            }

            assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(200, 409);
            assertProblem(
                    responses.stream()
                            .filter(r -> r.getStatus() == 409)
                            .findFirst()
                            .orElseThrow(),
                    409);
        } finally {
            pool.shutdown();
        }
    }

    private void account(String username, Role role) {
        if (directory.find(username).isEmpty()) {
            directory.create(username, username.toUpperCase(), role, "central", PASSWORD);
        }
    }

    @Test
    void eachCitationCarriesTheTextToShowAPlaceholderNumberNamedByIssuerAndDate() throws Exception {
        MockHttpServletResponse created = perform(
                post("/api/v1/questions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Văn phòng thường trực hoạt động đến khi nào?\", \"language\": \"vi\"}"),
                as("official-a"));
        long id = json(created).get("id").asLong();
        awaitDrafted(id);

        JsonNode citations =
                json(perform(get("/api/v1/questions/" + id), as("staff-a"))).at("/draft/citations");

        assertThat(citations
                        .valueStream()
                        .map(citation -> citation.get("document").asString() + " | "
                                + citation.get("text").asString()))
                .as("the key stays the placeholder; the text is written for the question's language")
                .contains("KL-2025-05-16 | Kết luận của Bộ Chính trị, Ban Bí thư ngày 16/5/2025, đoạn 16");
    }

    @Test
    void staffReadTheAuditTrailWithTheNamesTelegramPeopleRegisteredAndTheAskerDoesNot(
            @Autowired org.standingoffice.desk.Desk desk,
            @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc)
            throws Exception {
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        jdbc.sql("insert into telegram_asker (chat_id, display_name, language, state, updated_at)"
                        + " values (6661, 'Trần Thị Hoa', 'vi', 'REGISTERED', ?)")
                .params(now)
                .update();
        jdbc.sql("insert into telegram_staff_name (user_id, display_name, updated_at) values (7005, 'Minh Lê', ?)")
                .params(now)
                .update();
        org.standingoffice.desk.QuestionId id = desk.receive(new org.standingoffice.desk.NewQuestion(
                        "Ai giữ con dấu của xã sau sáp nhập?",
                        "Trần Thị Hoa",
                        null,
                        null,
                        "vi",
                        "telegram",
                        "6661",
                        null))
                .id();
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> desk.get(id).status() != org.standingoffice.desk.QuestionStatus.RECEIVED);
        desk.note(id, new org.standingoffice.desk.Actor("tg-7005", Role.STAFF, "telegram"), "hỏi Sở Nội vụ");

        JsonNode events = json(perform(get("/api/v1/questions/" + id.value() + "/events"), as("staff-a")));

        assertThat(events.valueStream()
                        .map(event -> event.path("actor").asString() + " = "
                                + event.path("actorName").asString("")))
                .contains("telegram:6661 = Trần Thị Hoa", "tg-7005 = Minh Lê", "system = ");
    }

    private long ask(String asker) throws Exception {
        MockHttpServletResponse response = perform(
                post("/api/v1/questions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"" + ANSWERABLE + "\"}"),
                as(asker));
        assertThat(response.getStatus()).isEqualTo(201);
        return json(response).get("id").asLong();
    }

    private JsonNode awaitDrafted(long id) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(
                        () -> json(perform(get("/api/v1/questions/" + id), as("official-a"))),
                        question -> !"RECEIVED".equals(question.get("status").asString()));
    }

    private static MockHttpServletRequestBuilder revise(long id, String text) {
        return post("/api/v1/questions/" + id + "/revise")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"" + text + "\"}");
    }

    private static MockHttpServletRequestBuilder reopen(long id) {
        return post("/api/v1/questions/" + id + "/reopen")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"still unclear\"}");
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, RequestPostProcessor signIn)
            throws Exception {
        return mvc.perform(request.with(signIn)).andReturn().getResponse();
    }

    private static RequestPostProcessor as(String username) {
        return httpBasic(username, PASSWORD);
    }

    private static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            return request;
        };
    }

    private List<Long> ids(MockHttpServletResponse list) throws Exception {
        assertThat(list.getStatus()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        json(list).get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private JsonNode json(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private void assertProblem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Exception", "\tat ");
    }
}
