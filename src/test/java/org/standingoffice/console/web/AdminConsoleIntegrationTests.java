package org.standingoffice.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.NewQuestion;
import org.standingoffice.desk.OfficeDirectory;
import org.standingoffice.desk.OfficeSettings;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.telegram.TelegramInvite;
import org.standingoffice.telegram.TelegramInvites;
import org.standingoffice.time.OfficeCalendar;

/**
 * The administrator's console pages: offices and their service levels, accounts (disable,
 * enable, role and office, new password) and Telegram invitation links, each refusal a message in
 * the user's language, and all of it for admins only and behind CSRF tokens.
 */
@SpringBootTest(properties = {"office.search.index-on-startup=false", "office.console.language=en"})
@AutoConfigureMockMvc
class AdminConsoleIntegrationTests {

    static final String PASSWORD = "admin console password";
    static final OfficeSettings CENTRAL = new OfficeSettings("central", "Standing Office", true, false, 4, 3);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("office.data-dir", () -> dataDir.toString());
        registry.add("office.console.admin-password", () -> "the first admin password");
        registry.add("office.telegram.bot-username", () -> "standing_office_bot");
    }

    final MockMvc mvc;
    final StaffDirectory directory;
    final OfficeDirectory offices;
    final TelegramInvites invites;
    final Desk desk;
    final OfficeCalendar calendar;

    @Autowired
    AdminConsoleIntegrationTests(
            MockMvc mvc,
            StaffDirectory directory,
            OfficeDirectory offices,
            TelegramInvites invites,
            Desk desk,
            OfficeCalendar calendar) {
        this.mvc = mvc;
        this.directory = directory;
        this.offices = offices;
        this.invites = invites;
        this.desk = desk;
        this.calendar = calendar;
    }

    /**
     * The calendar ships 2025 and 2026; from November 2026 on, the next year is within the 60 days
     * ahead, so health and the dashboard warn until an administrator enters it here.
     */
    @Test
    void anAdminKeepsTheOfficeCalendarAndTheWarningsLastUntilTheComingYearIsIn() throws Exception {
        List<Integer> missing = calendar.missingAhead();
        assertThat(missing).isNotEmpty();
        String page = mvc.perform(get("/console/admin/calendar").with(as(Role.ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"calendar-missing\"", "2026-09-02", "Quốc khánh (ngày nghỉ liền kề)", "2026-01-10")
                .contains("2025-01-29");
        assertThat(health())
                .contains("\"officeCalendar\":{\"details\":{\"missingYears\":"
                        + missing.toString().replace(" ", ""))
                .contains("add them in the console\",\"status\":\"DEGRADED\"}");
        assertThat(dashboard()).contains("id=\"calendar-missing\"", "has no days off for " + missing.get(0));
        assertThat(mvc.perform(get("/console/admin/calendar").with(as(Role.MANAGER)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        MvcResult refused = mvc.perform(post("/console/admin/calendar")
                        .param("year", "2027")
                        .param("daysOff", "2027-01-01 Tết Dương lịch\n2028-02-01 Wrong year")
                        .with(csrf())
                        .with(as(Role.ADMIN)))
                .andReturn();
        assertThat(refused.getFlashMap().get("problem")).isEqualTo("2028-02-01 is not in the year being entered.");
        MvcResult unreadable = mvc.perform(post("/console/admin/calendar")
                        .param("year", "2027")
                        .param("workingDays", "Saturday 6 Feb")
                        .with(csrf())
                        .with(as(Role.ADMIN)))
                .andReturn();
        assertThat(unreadable.getFlashMap().get("problem"))
                .isEqualTo("Make-up working days, line 1: \"Saturday 6 Feb\" does not start with a date YYYY-MM-DD.");
        assertThat(calendar.year(2027)).isEmpty();

        for (int year : missing) {
            MvcResult saved = mvc.perform(post("/console/admin/calendar")
                            .param("year", String.valueOf(year))
                            .param("daysOff", year + "-01-01 Tết Dương lịch\n" + year + "-02-08 Tết Nguyên đán")
                            .param("workingDays", year + "-01-09 Làm bù")
                            .with(csrf())
                            .with(as(Role.ADMIN)))
                    .andReturn();
            assertThat(saved.getFlashMap().get("notice")).isEqualTo("The calendar of " + year + " is saved.");
        }

        int year = missing.get(0);
        assertThat(calendar.isDayOff(LocalDate.of(year, 2, 8))).isTrue();
        assertThat(calendar.isDayOff(LocalDate.of(year, 2, 9))).isFalse();
        assertThat(calendar.missingAhead()).isEmpty();
        assertThat(health()).doesNotContain("DEGRADED");
        assertThat(dashboard()).doesNotContain("calendar-missing");
        assertThat(mvc.perform(get("/console/admin/calendar")
                                .param("edit", String.valueOf(year))
                                .with(as(Role.ADMIN)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(year + "-02-08 Tết Nguyên đán")
                .doesNotContain("id=\"calendar-missing\"");
    }

    private String health() throws Exception {
        return mvc.perform(get("/actuator/health").with(as(Role.ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String dashboard() throws Exception {
        return mvc.perform(get("/console/reports/dashboard").with(as(Role.MANAGER)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @BeforeEach
    void accounts() {
        for (Role role : Role.values()) {
            String username = "adm-" + role.name().toLowerCase();
            if (directory.find(username).isEmpty()) {
                directory.create(username, role.name(), role, null, PASSWORD);
            }
        }
    }

    @Test
    void anAdminEditsTheServiceLevelsOfAnOfficeAndNewQuestionsAreDueByThem() throws Exception {
        try {
            MvcResult saved = mvc.perform(saveOffice("central", "Standing Office", "1", "1"))
                    .andReturn();
            assertThat(saved.getFlashMap().get("notice")).isEqualTo("Saved.");
            Instant dueInOneDay =
                    desk.get(escalated("Who signs the merger decision?")).dueAt();

            mvc.perform(saveOffice("central", "Văn phòng Thường trực", "6", "20"));
            Instant dueInTwentyDays = desk.get(escalated("Who archives the old commune's records?"))
                    .dueAt();

            assertThat(offices.offices())
                    .contains(new OfficeSettings("central", "Văn phòng Thường trực", true, false, 6, 20));
            assertThat(Duration.between(dueInOneDay, dueInTwentyDays)).isGreaterThan(Duration.ofDays(19));
            assertThat(page("/console/admin")).contains("Văn phòng Thường trực");
        } finally {
            offices.save(CENTRAL);
        }
    }

    static Stream<Arguments> invalidServiceLevels() {
        return Stream.of(
                Arguments.of("Standing Office", "0", "3"),
                Arguments.of("Standing Office", "-4", "3"),
                Arguments.of("Standing Office", "81", "3"),
                Arguments.of("Standing Office", "4", "61"),
                Arguments.of("Standing Office", "99999999999", "3"),
                Arguments.of("Standing Office", "four", "3"),
                Arguments.of("Standing Office", "", "3"),
                Arguments.of(" ", "4", "3"),
                Arguments.of("x".repeat(201), "4", "3"));
    }

    @ParameterizedTest(name = "name ''{0}'', {1} hours, {2} days")
    @MethodSource("invalidServiceLevels")
    void invalidOfficeValuesAreRefusedWithTheRulesAndNothingIsSaved(String name, String hours, String days)
            throws Exception {
        MvcResult refused =
                mvc.perform(saveOffice("central", name, hours, days)).andReturn();

        assertThat(refused.getFlashMap().get("problem").toString())
                .startsWith("Not saved:")
                .contains("1 to 80 working hours", "1 to 60 working days");
        assertThat(offices.offices()).contains(CENTRAL);
    }

    @Test
    void withTelegramOffAnOfficeGroupCannotBeSetAndThePageSaysWhy() throws Exception {
        MvcResult refused = mvc.perform(post("/console/admin/offices/central/telegram-group")
                        .param("chatId", "-1001234567890")
                        .with(csrf())
                        .with(as(Role.ADMIN)))
                .andReturn();
        int forStaff = mvc.perform(post("/console/admin/offices/central/telegram-group")
                        .param("chatId", "-1001234567890")
                        .with(csrf())
                        .with(as(Role.STAFF)))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(refused.getFlashMap().get("problem").toString()).contains("TELEGRAM_BOT_TOKEN");
        assertThat(forStaff).isEqualTo(403);
        assertThat(page("/console/admin")).contains("Telegram staff group", "Telegram is off");
    }

    @Test
    void refusalsSpeakTheUsersLanguage() throws Exception {
        MvcResult refused = mvc.perform(
                        saveOffice("central", "Standing Office", "0", "3").param("lang", "vi"))
                .andReturn();

        assertThat(refused.getFlashMap().get("problem").toString()).startsWith("Chưa lưu:");
        // The choice is remembered in the account; the other tests read English.
        directory.chooseLanguage("adm-admin", null);
    }

    @Test
    void anAdminSeesTelegramUpdatesSetAsideAndDismissesOne(@Autowired JdbcClient jdbc) throws Exception {
        jdbc.sql("""
                        insert into telegram_update (update_id, payload, status, attempts, received_at, last_error)
                        values (990001, '{"update_id": 990001, "message": "odd"}', 'FAILED', 0, current_timestamp,
                                'not an update: odd message')""").update();

        String page = mvc.perform(get("/console/admin").with(as(Role.ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Telegram updates set aside", "990001", "not an update: odd message");

        mvc.perform(post("/console/admin/updates/990001/dismiss").with(csrf()).with(as(Role.ADMIN)));
        assertThat(jdbc.sql("select status from telegram_update where update_id = 990001")
                        .query(String.class)
                        .single())
                .isEqualTo("DISMISSED");
        assertThat(mvc.perform(post("/console/admin/updates/990001/retry")
                                .with(csrf())
                                .with(as(Role.STAFF)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("staff may not")
                .isEqualTo(403);
    }

    @Test
    void anAdminCreatesAnOfficeNotOverAnExistingOneAndSeesItsMembers() throws Exception {
        MvcResult created = mvc.perform(post("/console/admin/offices")
                        .param("id", "hue")
                        .param("name", "Văn phòng Thường trực Huế")
                        .param("approvalHours", "8")
                        .param("answerDays", "5")
                        .param("autoReply", "true")
                        .with(csrf())
                        .with(as(Role.ADMIN)))
                .andReturn();
        MvcResult again = mvc.perform(post("/console/admin/offices")
                        .param("id", "hue")
                        .param("name", "Another")
                        .param("approvalHours", "1")
                        .param("answerDays", "1")
                        .with(csrf())
                        .with(as(Role.ADMIN)))
                .andReturn();
        MvcResult badId = mvc.perform(post("/console/admin/offices")
                        .param("id", "Huế Office")
                        .param("name", "Huế")
                        .param("approvalHours", "4")
                        .param("answerDays", "3")
                        .with(csrf())
                        .with(as(Role.ADMIN)))
                .andReturn();
        directory.create("hue-staff", "Lê Thị Huế", Role.STAFF, "hue", PASSWORD);

        assertThat(created.getFlashMap().get("notice")).isEqualTo("Office hue created.");
        assertThat(again.getFlashMap().get("problem").toString()).contains("already an office hue");
        assertThat(badId.getFlashMap().get("problem").toString()).startsWith("Not saved:");
        assertThat(offices.offices())
                .contains(new OfficeSettings("hue", "Văn phòng Thường trực Huế", false, true, 8, 5))
                .noneMatch(office -> office.id().startsWith("Huế"));
        assertThat(page("/console/admin").replaceAll("\\s+", " "))
                .containsPattern("id=\"office-hue\"[^<]*>")
                .containsPattern("<span title=\"Lê Thị Huế\"[^>]*>hue-staff</span>");
    }

    @Test
    void aDisabledAccountCanNeitherSignInNorUseItsTokenAndItsSessionEnds() throws Exception {
        directory.create("lan", "Trần Thị Lan", Role.STAFF, null, PASSWORD);
        String token = directory.issueApiToken("lan");
        MockHttpSession session = signIn("lan", PASSWORD);
        assertThat(status(get("/console/queue/awaiting").session(session))).isEqualTo(200);

        MvcResult disabled = mvc.perform(
                        post("/console/admin/accounts/lan/disable").with(csrf()).with(as(Role.ADMIN)))
                .andReturn();

        assertThat(disabled.getFlashMap().get("notice").toString()).startsWith("Account lan disabled");
        assertThat(directory.find("lan"))
                .hasValueSatisfying(account -> assertThat(account.enabled()).isFalse());
        MvcResult stale =
                mvc.perform(get("/console/queue/awaiting").session(session)).andReturn();
        assertThat(stale.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(session.isInvalid()).isTrue();
        assertThat(mvc.perform(formLogin("/login").user("lan").password(PASSWORD))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(status(get("/api/v1/questions").header("Authorization", "Bearer " + token)))
                .isEqualTo(401);

        mvc.perform(post("/console/admin/accounts/lan/enable").with(csrf()).with(as(Role.ADMIN)));

        assertThat(status(get("/console/queue/awaiting").session(signIn("lan", PASSWORD))))
                .isEqualTo(200);
        assertThat(status(get("/api/v1/questions").header("Authorization", "Bearer " + token)))
                .isEqualTo(200);
    }

    @Test
    void anAdminCannotDisableThemselvesNorTakeAwayTheirOwnAdminRole() throws Exception {
        MvcResult disable = mvc.perform(post("/console/admin/accounts/adm-admin/disable")
                        .with(csrf())
                        .with(as(Role.ADMIN)))
                .andReturn();
        MvcResult demote = mvc.perform(post("/console/admin/accounts/adm-admin/reassign")
                        .param("role", "STAFF")
                        .with(csrf())
                        .with(as(Role.ADMIN)))
                .andReturn();

        assertThat(disable.getFlashMap().get("problem").toString()).contains("your own");
        assertThat(demote.getFlashMap().get("problem").toString()).contains("your own");
        assertThat(directory.find("adm-admin")).hasValueSatisfying(account -> {
            assertThat(account.enabled()).isTrue();
            assertThat(account.role()).isEqualTo(Role.ADMIN);
        });
    }

    @Test
    void anAdminChangesAnAccountsOfficeAndRoleAndItsOldSessionEnds() throws Exception {
        directory.create("minh", "Phạm Văn Minh", Role.STAFF, null, PASSWORD);
        offices.save(new OfficeSettings("dong-nai", "Văn phòng Đồng Nai", false, false, 4, 3));
        MockHttpSession asStaff = signIn("minh", PASSWORD);

        MvcResult reassigned = mvc.perform(post("/console/admin/accounts/minh/reassign")
                        .param("role", "MANAGER")
                        .param("office", "dong-nai")
                        .with(csrf())
                        .with(as(Role.ADMIN)))
                .andReturn();
        MvcResult nowhere = mvc.perform(post("/console/admin/accounts/minh/reassign")
                        .param("role", "STAFF")
                        .param("office", "atlantis")
                        .with(csrf())
                        .with(as(Role.ADMIN)))
                .andReturn();

        assertThat(reassigned.getFlashMap().get("notice")).isEqualTo("Account minh: role and office saved.");
        assertThat(nowhere.getFlashMap().get("problem").toString()).startsWith("Not done:");
        assertThat(directory.find("minh")).hasValueSatisfying(account -> {
            assertThat(account.role()).isEqualTo(Role.MANAGER);
            assertThat(account.office()).isEqualTo("dong-nai");
        });
        assertThat(mvc.perform(get("/console/queue/awaiting").session(asStaff))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
        assertThat(status(get("/console/reports/dashboard").session(signIn("minh", PASSWORD))))
                .isEqualTo(200);
    }

    @Test
    void anAdminSetsANewPasswordAndOnlyTheNewOneSignsIn() throws Exception {
        directory.create("hoa", "Ngô Thị Hoa", Role.STAFF, null, PASSWORD);
        MockHttpSession before = signIn("hoa", PASSWORD);

        MvcResult tooShort = mvc.perform(post("/console/admin/accounts/hoa/password")
                        .param("password", "short")
                        .with(csrf())
                        .with(as(Role.ADMIN)))
                .andReturn();
        MvcResult reset = mvc.perform(post("/console/admin/accounts/hoa/password")
                        .param("password", "a brand new password")
                        .with(csrf())
                        .with(as(Role.ADMIN)))
                .andReturn();
        MvcResult unknown = mvc.perform(post("/console/admin/accounts/nobody/password")
                        .param("password", "a brand new password")
                        .with(csrf())
                        .with(as(Role.ADMIN)))
                .andReturn();

        assertThat(tooShort.getFlashMap().get("problem").toString()).contains("at least 8 characters");
        assertThat(reset.getFlashMap().get("notice")).isEqualTo("Account hoa has a new password.");
        assertThat(unknown.getFlashMap().get("problem")).isEqualTo("There is no account nobody.");
        assertThat(mvc.perform(get("/console/queue/awaiting").session(before))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .as("the session signed in with the old password ends")
                .endsWith("/login");
        MockHttpSession after = signIn("hoa", "a brand new password");
        assertThat(mvc.perform(get("/console/queue/awaiting").session(after))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(formLogin("/login").user("hoa").password(PASSWORD))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?error");
    }

    @Test
    void anAdminCreatesListsAndRevokesAnInvitationLink() throws Exception {
        MvcResult created = mvc.perform(post("/console/admin/invites")
                        .param("commune", "phuong ba dinh")
                        .param("province", "Ha Noi")
                        .param("office", "central")
                        .param("maxUses", "5")
                        .param("validDays", "10")
                        .with(csrf())
                        .with(as(Role.ADMIN)))
                .andReturn();

        String notice = created.getFlashMap().get("notice").toString();
        assertThat(notice).startsWith("Invitation created: https://t.me/standing_office_bot?start=");
        String code = notice.substring(notice.indexOf("start=") + "start=".length());
        TelegramInvite invite = invites.find(code).orElseThrow();
        assertThat(invite.commune()).isEqualTo("Phường Ba Đình");
        assertThat(invite.createdBy()).isEqualTo("adm-admin");
        assertThat(invite.expiresAt())
                .isBetween(Instant.now().plus(Duration.ofDays(9)), Instant.now().plus(Duration.ofDays(10)));
        assertThat(page("/console/admin/invites")).contains(invite.link(), "Phường Ba Đình", "0 / 5", "Usable");

        mvc.perform(
                post("/console/admin/invites/" + code + "/revoke").with(csrf()).with(as(Role.ADMIN)));

        assertThat(invites.find(code))
                .hasValueSatisfying(revoked -> assertThat(revoked.revoked()).isTrue());
        assertThat(page("/console/admin/invites")).contains("Revoked");
    }

    @Test
    void aTelegramLinkCodeIsToBeSentToTheConfiguredBot() throws Exception {
        MvcResult issued = mvc.perform(
                        post("/console/account/telegram/code").with(csrf()).with(as(Role.MANAGER)))
                .andReturn();

        assertThat(issued.getFlashMap().get("bot")).isEqualTo("@standing_office_bot");
    }

    static Stream<Arguments> invalidInvitations() {
        return Stream.of(
                Arguments.of("Xã Không Có", "Hà Nội", "1", "", "not a commune and province"),
                Arguments.of("Phường Ba Đình", "Atlantis", "1", "", "not a commune and province"),
                Arguments.of("Phường Ba Đình", "Hà Nội", "0", "", "1 to 1,000 uses"),
                Arguments.of("Phường Ba Đình", "Hà Nội", "1001", "", "1 to 1,000 uses"),
                Arguments.of("Phường Ba Đình", "Hà Nội", "1", "366", "1 to 365 days"),
                Arguments.of("Phường Ba Đình", "Hà Nội", "1", "0", "1 to 365 days"),
                Arguments.of("Phường Ba Đình", "Hà Nội", "many", "", "1 to 365 days"));
    }

    @ParameterizedTest(name = "{0}, {1}, {2} uses, {3} days")
    @MethodSource("invalidInvitations")
    void invalidInvitationsAreRefusedWithTheReason(
            String commune, String province, String maxUses, String validDays, String reason) throws Exception {
        int before = invites.list(0, 100).size();

        MvcResult refused = mvc.perform(post("/console/admin/invites")
                        .param("commune", commune)
                        .param("province", province)
                        .param("maxUses", maxUses)
                        .param("validDays", validDays)
                        .with(csrf())
                        .with(as(Role.ADMIN)))
                .andReturn();

        assertThat(refused.getFlashMap().get("problem").toString())
                .startsWith("Not created:")
                .contains(reason);
        assertThat(invites.list(0, 100)).hasSize(before);
    }

    @Test
    void anUnknownCommuneIsRefusedWithCandidates() throws Exception {
        MvcResult refused = mvc.perform(post("/console/admin/invites")
                        .param("commune", "Phường Ba Đìn")
                        .param("province", "Hà Nội")
                        .param("maxUses", "1")
                        .with(csrf())
                        .with(as(Role.ADMIN)))
                .andReturn();

        assertThat(refused.getFlashMap().get("problem").toString()).contains("Did you mean:", "Phường Ba Đình");
    }

    /** Every admin page and action, with what a valid request would send. */
    enum AdminRequest {
        PAGE("GET", "/console/admin"),
        INVITES("GET", "/console/admin/invites"),
        CREATE_ACCOUNT(
                "POST",
                "/console/admin/accounts",
                "username",
                "mallory",
                "displayName",
                "M",
                "role",
                "ADMIN",
                "password",
                "a long enough password"),
        DISABLE("POST", "/console/admin/accounts/adm-staff/disable"),
        ENABLE("POST", "/console/admin/accounts/adm-staff/enable"),
        REASSIGN("POST", "/console/admin/accounts/adm-staff/reassign", "role", "ADMIN"),
        PASSWORD("POST", "/console/admin/accounts/adm-admin/password", "password", "taken over by staff"),
        CREATE_OFFICE(
                "POST",
                "/console/admin/offices",
                "id",
                "rogue",
                "name",
                "Rogue",
                "approvalHours",
                "1",
                "answerDays",
                "1"),
        EDIT_OFFICE(
                "POST",
                "/console/admin/offices/central",
                "name",
                "Rogue",
                "defaultOffice",
                "true",
                "approvalHours",
                "80",
                "answerDays",
                "60"),
        ADD_RULE("POST", "/console/admin/rules", "office", "central", "keyword", "rogue"),
        REMOVE_RULE("POST", "/console/admin/rules/1/delete"),
        CREATE_INVITE(
                "POST", "/console/admin/invites", "commune", "Phường Ba Đình", "province", "Hà Nội", "maxUses", "1000"),
        REVOKE_INVITE("POST", "/console/admin/invites/some-code/revoke");

        final String method;
        final String path;
        final Map<String, String> params;

        AdminRequest(String method, String path, String... params) {
            this.method = method;
            this.path = path;
            this.params = new LinkedHashMap<>();
            for (int i = 0; i < params.length; i += 2) {
                this.params.put(params[i], params[i + 1]);
            }
        }

        MockHttpServletRequestBuilder build() {
            MockHttpServletRequestBuilder request = "GET".equals(method) ? get(path) : post(path);
            params.forEach(request::param);
            return request;
        }
    }

    static Stream<Arguments> nonAdminRequests() {
        return Stream.of(Role.OFFICIAL, Role.STAFF, Role.MANAGER)
                .flatMap(role -> Arrays.stream(AdminRequest.values()).map(request -> Arguments.of(role, request)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("nonAdminRequests")
    void onlyAdminsReachTheAdminPagesAndActions(Role role, AdminRequest request) throws Exception {
        assertThat(status(request.build().with(csrf()).with(as(role)))).isEqualTo(403);
        assertUntouched();
    }

    static Stream<AdminRequest> adminActions() {
        return Arrays.stream(AdminRequest.values()).filter(request -> "POST".equals(request.method));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminActions")
    void everyAdminActionNeedsTheCsrfToken(AdminRequest request) throws Exception {
        assertThat(status(request.build().with(as(Role.ADMIN)))).isEqualTo(403);
        assertUntouched();
    }

    private void assertUntouched() {
        assertThat(directory.find("mallory")).isEmpty();
        assertThat(directory.find("adm-staff")).hasValueSatisfying(account -> {
            assertThat(account.enabled()).isTrue();
            assertThat(account.role()).isEqualTo(Role.STAFF);
        });
        assertThat(offices.offices())
                .contains(CENTRAL)
                .noneMatch(office -> office.id().equals("rogue"));
        assertThat(offices.routingRules()).noneMatch(rule -> "rogue".equals(rule.keyword()));
        assertThat(invites.list(0, 100)).noneMatch(invite -> invite.maxUses() == 1000);
    }

    private MockHttpServletRequestBuilder saveOffice(String id, String name, String hours, String days) {
        return post("/console/admin/offices/" + id)
                .param("name", name)
                .param("defaultOffice", "true")
                .param("approvalHours", hours)
                .param("answerDays", days)
                .with(csrf())
                .with(as(Role.ADMIN));
    }

    private QuestionId escalated(String text) {
        QuestionId id = desk.receive(new NewQuestion(text, "Asker", null, null, null, "console", "adm-official", null))
                .id();
        await().atMost(Duration.ofSeconds(90)).until(() -> desk.get(id).status() == QuestionStatus.ESCALATED);
        return id;
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/console");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(as(Role.ADMIN)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static RequestPostProcessor as(Role role) {
        return user("adm-" + role.name().toLowerCase()).roles(role.name());
    }
}
