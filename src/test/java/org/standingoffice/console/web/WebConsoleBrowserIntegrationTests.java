package org.standingoffice.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.standingoffice.FixedDecision;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.NewQuestion;
import org.standingoffice.desk.OfficeDirectory;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.desk.QuestionView;

/**
 * A manager works the office in a real browser (Debian's headless Chromium): signs in, finds a
 * drafted question in the queue, edits and approves one draft, approves another unchanged, rejects
 * a third and answers it from a passage, reads those outcomes on the dashboard, answers an
 * escalated question and sees it leave the unresolved log, and downloads the CSV. Screenshots of the main pages land in
 * {@code target/screenshots/}. Skipped where no chromedriver is installed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebConsoleBrowserIntegrationTests {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of(System.getProperty("user.dir"), "target", "screenshots");
    static final String ANSWERABLE =
            "Who must guide the financial management of trade union assets at the provincial level?";
    static final String UNANSWERABLE = "What is the procedure to issue a building permit in a ward?";

    @TempDir
    static Path dataDir;

    /** A copy of the shipped knowledge base, so the upload below leaves the repository alone. */
    @TempDir
    static Path knowledgeBase;

    /** How long a look for an element waits for it to appear (htmx swaps, pages still loading). */
    static final Duration IMPLICIT_WAIT = Duration.ofSeconds(2);

    static WebDriver browser;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("office.data-dir", () -> dataDir.toString());
        registry.add("office.knowledge.base-dir", () -> knowledgeBase.toString());
        registry.add("office.console.admin-password", () -> ADMIN_PASSWORD);
        // The answerable question must be drafted whatever the shipped decision's operating point.
        FixedDecision.pin(registry);
    }

    static final String ADMIN_PASSWORD = "the first admin password";

    @BeforeAll
    static void copyKnowledgeBase() throws IOException {
        try (Stream<Path> shipped = Files.list(Path.of("knowledge-base"))) {
            for (Path file : shipped.toList()) {
                Files.copy(file, knowledgeBase.resolve(file.getFileName()));
            }
        }
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM), "no chromium/chromedriver here");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=en-US");
        browser = new ChromeDriver(options);
        browser.manage().window().setSize(new Dimension(1400, 1000));
        browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    final int port;
    final Desk desk;
    final StaffDirectory directory;
    final OfficeDirectory offices;

    @Autowired
    WebConsoleBrowserIntegrationTests(
            @LocalServerPort int port, Desk desk, StaffDirectory directory, OfficeDirectory offices) {
        this.port = port;
        this.desk = desk;
        this.directory = directory;
        this.offices = offices;
    }

    @Test
    void aManagerRunsTheOfficeFromTheBrowser() throws Exception {
        directory.create("mai", "Mai", Role.MANAGER, null, "manager password");
        QuestionId drafted = ask(ANSWERABLE, QuestionStatus.AWAITING_APPROVAL);
        QuestionId unchanged = ask(ANSWERABLE, QuestionStatus.AWAITING_APPROVAL);
        QuestionId rejected = ask(ANSWERABLE, QuestionStatus.AWAITING_APPROVAL);
        QuestionId escalated = ask(UNANSWERABLE, QuestionStatus.ESCALATED);

        open("/login?lang=vi");
        screenshot("login-vi");
        assertThat(browser.findElement(By.id("sign-in")).getText()).isEqualTo("Đăng nhập");
        signIn("mai", "manager password");
        // The office works in Vietnamese; this manager reads English, and her account keeps it.
        open("/console/queue/awaiting?lang=en");
        assertThat(browser.findElement(By.id("nav-awaiting")).getText()).containsPattern("[1-9]");
        // htmx loaded under the content security policy, so the queue table polls for new rows.
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof htmx"))
                .isEqualTo("object");
        screenshot("queue-awaiting");

        browser.findElement(By.linkText(drafted.toString())).click();
        screenshot("question-drafted");
        WebElement editor = browser.findElement(By.id("draft-text"));
        assertThat(editor.getAttribute("value")).isNotBlank();
        editor.clear();
        editor.sendKeys("The provincial Party Committee guides it (183-KL/TW). Edited by staff.");
        browser.findElement(By.id("approve")).click();
        // Nothing is sent before staff saw exactly what the asker will receive.
        assertThat(browser.findElement(By.id("to-send")).getText()).endsWith("Edited by staff.");
        screenshot("confirm");
        browser.findElement(By.id("confirm-send")).click();
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Approved");
        await().atMost(Duration.ofSeconds(10)).until(() -> desk.get(drafted).answer() != null);
        assertThat(desk.get(drafted).answer().text()).endsWith("Edited by staff.");

        // The second draft approved as it stands: the browser posts the editor's text with CRLF.
        open("/console/questions/" + unchanged);
        String machineDraft = desk.get(unchanged).draft().text();
        browser.findElement(By.id("approve")).click();
        assertThat(browser.findElement(By.id("to-send")).getText()).startsWith(firstLine(machineDraft));
        browser.findElement(By.id("confirm-send")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> desk.get(unchanged).answer() != null);
        assertThat(desk.get(unchanged).answer().text()).isEqualTo(machineDraft);

        // The third rejected, then answered from one of its passages in two clicks.
        open("/console/questions/" + rejected);
        browser.findElement(By.id("reject-reason")).sendKeys("cites the wrong point");
        browser.findElement(By.id("reject")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> desk.get(rejected).status() == QuestionStatus.ESCALATED);
        open("/console/questions/" + rejected);
        browser.findElement(By.id("answer-with-1")).click();
        String quoted = browser.findElement(By.id("to-send")).getText();
        assertThat(quoted).startsWith("«").endsWith(")");
        browser.findElement(By.id("confirm-send")).click();
        await().atMost(Duration.ofSeconds(10)).until(() -> desk.get(rejected).answer() != null);
        assertThat(desk.get(rejected).answer().text()).startsWith("«").contains("» (");

        // The dashboard says what staff did, in its own words.
        open("/console/reports/dashboard");
        assertThat(figure("Drafts approved unchanged")).isEqualTo("1");
        assertThat(figure("Drafts approved after edits")).isEqualTo("1");
        assertThat(figure("Drafts rejected")).isEqualTo("1");

        open("/console/reports/unresolved");
        assertThat(browser.findElements(By.id("log-" + escalated))).hasSize(1);
        screenshot("unresolved-log");
        String csv = download(browser.findElement(By.id("csv")).getAttribute("href"));
        assertThat(csv).startsWith("\uFEFFNo.,Question,").contains(escalated + ",What is the procedure");

        open("/console/questions/" + escalated);
        // The keyboard shortcut: "c" claims.
        browser.findElement(By.tagName("body")).sendKeys("c");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "mai".equals(browser.findElement(By.id("owner")).getText()));
        browser.findElement(By.id("answer-text"))
                .sendKeys("Ask the ward's People's Committee; the office will add it.");
        screenshot("question-escalated");
        browser.findElement(By.id("answer")).click();
        browser.findElement(By.id("confirm-send")).click();
        // The click returns before the browser has loaded the page the form posts to.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !desk.get(escalated).status().isOpen());
        await().atMost(Duration.ofSeconds(10)).until(() -> absent(By.id("answer-form")));

        open("/console/reports/unresolved");
        assertThat(absent(By.id("log-" + escalated))).isTrue();

        open("/console/reports/dashboard");
        assertThat(browser.findElements(By.cssSelector("svg.chart"))).isNotEmpty();
        screenshot("dashboard");
        open("/console/reports/monthly");
        screenshot("monthly-report");
        open("/console/reports/gaps");
        screenshot("knowledge-gaps");
        open("/console/knowledge");
        assertThat(browser.getPageSource()).contains("183-KL/TW");
        screenshot("knowledge");
        open("/console/knowledge/playground?q=" + ANSWERABLE.replace(' ', '+'));
        screenshot("playground");
        open("/console/questions/" + escalated + "?lang=vi");
        screenshot("question-answered-vi");
    }

    @Test
    void anAdminSetsUpTheOfficeAndAddsADocumentFromTheBrowser() throws Exception {
        signIn("admin", ADMIN_PASSWORD);

        open("/console/admin");
        WebElement approvalHours =
                browser.findElement(By.cssSelector("input[form='office-central'][name='approvalHours']"));
        approvalHours.clear();
        approvalHours.sendKeys("6");
        browser.findElement(By.cssSelector("#office-central button")).click();
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        offices.offices().stream().anyMatch(o -> o.id().equals("central") && o.approvalHours() == 6));
        screenshot("admin");

        open("/console/admin/invites");
        browser.findElement(By.cssSelector("#new-invite input[name='commune']")).sendKeys("Phường Ba Đình");
        browser.findElement(By.cssSelector("#new-invite input[name='province']"))
                .sendKeys("Hà Nội");
        browser.findElement(By.cssSelector("#new-invite button")).click();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> browser.findElement(By.id("invites")).getText().contains("Phường Ba Đình"));
        screenshot("invites");

        Path upload = Files.writeString(dataDir.resolve("huong-dan-tiep-nhan.md"), """
                # Hướng dẫn tiếp nhận câu hỏi

                1. Văn phòng thường trực trả lời câu hỏi của cán bộ cấp xã trong thời hạn 02 ngày làm việc.

                2. Câu hỏi vượt thẩm quyền được chuyển Ban Tổ chức Tỉnh ủy trong ngày.
                """);
        open("/console/knowledge");
        browser.findElement(By.id("upload-file")).sendKeys(upload.toString());
        browser.findElement(By.name("number")).sendKeys("05/HD-VPTT");
        browser.findElement(By.name("title")).sendKeys("Hướng dẫn tiếp nhận câu hỏi");
        browser.findElement(By.name("language")).sendKeys("vi");
        browser.findElement(By.id("upload")).click();
        // The reindex runs in the background; htmx polls its progress until the report shows.
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !browser.findElements(By.id("reindex-report")).isEmpty());
        screenshot("knowledge-uploaded");
        assertThat(Files.exists(knowledgeBase.resolve("huong-dan-tiep-nhan.md")))
                .isTrue();

        browser.findElement(By.linkText("Hướng dẫn tiếp nhận câu hỏi")).click();
        assertThat(browser.findElement(By.id("document-file")).getText()).isEqualTo("huong-dan-tiep-nhan.md");
        assertThat(browser.getPageSource()).contains("02 ngày làm việc");
        screenshot("document");

        open("/console/knowledge/playground?q="
                + "Văn phòng thường trực trả lời câu hỏi trong bao lâu".replace(' ', '+'));
        assertThat(browser.getPageSource()).contains("05/HD-VPTT");
    }

    /**
     * Every console page, at a phone's width and a desktop's, in Vietnamese: nothing scrolls
     * sideways or overflows its box, text fields are wide enough to type in, no code name or message
     * key shows, and axe-core finds every control labelled and all text in enough contrast.
     * Screenshots of each land in {@code target/screenshots/} as {@code page-390.png} and
     * {@code page-1440.png}.
     */
    @Test
    void everyPageWorksOnAPhoneAndADesktopInVietnamese() throws Exception {
        QuestionId drafted = ask(ANSWERABLE, QuestionStatus.AWAITING_APPROVAL);
        QuestionId escalated = ask(UNANSWERABLE, QuestionStatus.ESCALATED);
        signIn("admin", ADMIN_PASSWORD);
        open("/console?lang=vi");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("queue-awaiting", "/console/queue/awaiting");
        pages.put("queue-unresolved", "/console/queue/unresolved");
        pages.put("queue-all", "/console/queue/all");
        pages.put("question-drafted", "/console/questions/" + drafted);
        pages.put("question-escalated", "/console/questions/" + escalated);
        pages.put("knowledge", "/console/knowledge");
        pages.put("deadlines", "/console/knowledge/deadlines");
        pages.put("playground", "/console/knowledge/playground?q=" + ANSWERABLE.replace(' ', '+'));
        pages.put("document", "/console/knowledge/documents/183-KL-TW_en.md");
        pages.put("account", "/console/account");
        pages.put("unresolved-log", "/console/reports/unresolved");
        pages.put("dashboard", "/console/reports/dashboard");
        pages.put("monthly", "/console/reports/monthly");
        pages.put("gaps", "/console/reports/gaps");
        pages.put("admin", "/console/admin");
        pages.put("invites", "/console/admin/invites");
        pages.put("not-found", "/console/questions/999999");
        Map<String, List<String>> problems = new LinkedHashMap<>();
        try (PageInspector inspector = new PageInspector((ChromeDriver) browser, SCREENSHOTS)) {
            for (int width : new int[] {390, 1440}) {
                inspector.width(width, width < 768);
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    open(page.getValue());
                    List<String> found = inspector.problems(page.getKey(), width, true);
                    if (!found.isEmpty()) {
                        problems.put(page.getKey() + " at " + width + " px", found);
                    }
                }
            }
            // Error pages are the console's, in its language, with a way back.
            open("/console/questions/999999");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy trang");
            assertThat(browser.findElements(By.id("nav-awaiting"))).hasSize(1);
            open("/console/questions/not-a-number");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Yêu cầu không hợp lệ");
            browser.findElement(By.id("back-home")).click();
            assertThat(browser.getCurrentUrl()).contains("/console/queue/");
            // The checks can fail: an unlabelled field in low contrast is found.
            open("/console/account");
            ((JavascriptExecutor) browser)
                    .executeScript(
                            "var i = document.createElement('input'); i.type = 'text';"
                                    + " i.style.color = '#bbb'; i.value = 'pale'; document.getElementById('main').appendChild(i);");
            assertThat(inspector.problems("broken-on-purpose", 1440, true))
                    .anyMatch(p -> p.startsWith("axe label"))
                    .anyMatch(p -> p.startsWith("axe color-contrast"));
            // Signed out: the sign-in page, in the office's language.
            browser.manage().deleteAllCookies();
            for (int width : new int[] {390, 1440}) {
                inspector.width(width, width < 768);
                open("/login");
                assertThat(browser.findElement(By.id("sign-in")).getText()).isEqualTo("Đăng nhập");
                List<String> found = inspector.problems("login", width, true);
                if (!found.isEmpty()) {
                    problems.put("login at " + width + " px", found);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** On a phone the navigation hides behind the menu button, and the button opens it. */
    @Test
    void theHeaderCollapsesIntoAMenuOnAPhone() throws Exception {
        signIn("admin", ADMIN_PASSWORD);
        try (PageInspector inspector = new PageInspector((ChromeDriver) browser, SCREENSHOTS)) {
            inspector.width(390, true);
            open("/console/queue/awaiting?lang=vi");
            WebElement menu = browser.findElement(By.id("menu-button"));
            assertThat(menu.isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("nav-awaiting")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.id("top")).getRect().getHeight()).isLessThan(80);
            menu.click();
            assertThat(browser.findElement(By.id("nav-awaiting")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("nav-awaiting")).getRect().getHeight())
                    .isGreaterThanOrEqualTo(44);
            inspector.screenshot("menu-open-390");
            inspector.width(1440, false);
            open("/console/queue/awaiting");
            assertThat(browser.findElement(By.id("menu-button")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.id("nav-awaiting")).isDisplayed()).isTrue();
        }
    }

    private QuestionId ask(String text, QuestionStatus expected) {
        QuestionView asked =
                desk.receive(new NewQuestion(text, "Nguyễn Văn A", null, null, "en", "console", "asker", null));
        await().atMost(Duration.ofSeconds(120)).until(() -> desk.get(asked.id()).status() == expected);
        return asked.id();
    }

    /** Signs in afresh: the browser is shared by the tests, so another one's session is dropped first. */
    private void signIn(String username, String password) {
        open("/login?lang=en");
        browser.manage().deleteAllCookies();
        open("/console");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        await().atMost(Duration.ofSeconds(10))
                .failFast(
                        "signed in, but not on the queue",
                        () -> browser.getCurrentUrl().contains("/console/")
                                && !browser.getCurrentUrl().endsWith("/console/queue/awaiting"))
                .until(() -> browser.getCurrentUrl().endsWith("/console/queue/awaiting"));
    }

    /**
     * Whether nothing on the page as loaded now matches: without the implicit wait, which would spend
     * its two seconds on every look for something absent. The pages are rendered on the server, so
     * what is not there once {@code get} returns does not come later.
     */
    private boolean absent(By locator) {
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return browser.findElements(locator).isEmpty();
        } finally {
            browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
    }

    /** A figure of the dashboard's table, found by the heading the manager reads beside it. */
    private String figure(String heading) {
        return browser.findElement(By.xpath(
                        "//table[contains(@class, 'figures-table')]//tr[th[normalize-space()='" + heading + "']]/td"))
                .getText();
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElseThrow();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void screenshot(String name) throws Exception {
        byte[] png = ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }

    /** Fetches a link with the browser's session cookie, as a download would. */
    private String download(String url) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", "JSESSIONID=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        return new String(response.body(), StandardCharsets.UTF_8);
    }
}
