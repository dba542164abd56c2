package org.standingoffice.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.NewQuestion;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.desk.QuestionView;
import org.standingoffice.desk.Role;
import org.standingoffice.desk.StaffDirectory;

/**
 * A manager works the office in a real browser (Debian's headless Chromium): signs in, finds a
 * drafted question in the queue, edits and approves the draft, answers an escalated question and
 * sees it leave the unresolved log, and downloads the CSV. Screenshots of the main pages land in
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

    static WebDriver browser;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("office.data-dir", () -> dataDir.toString());
        registry.add("office.console.admin-password", () -> "the first admin password");
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
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
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

    @Autowired
    WebConsoleBrowserIntegrationTests(@LocalServerPort int port, Desk desk, StaffDirectory directory) {
        this.port = port;
        this.desk = desk;
        this.directory = directory;
    }

    @Test
    void aManagerRunsTheOfficeFromTheBrowser() throws Exception {
        directory.create("mai", "Mai", Role.MANAGER, null, "manager password");
        QuestionId drafted = ask(ANSWERABLE, QuestionStatus.AWAITING_APPROVAL);
        QuestionId escalated = ask(UNANSWERABLE, QuestionStatus.ESCALATED);

        open("/console");
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        open("/login?lang=vi");
        screenshot("login-vi");
        assertThat(browser.findElement(By.id("sign-in")).getText()).isEqualTo("Đăng nhập");
        open("/login?lang=en");
        browser.findElement(By.id("username")).sendKeys("mai");
        browser.findElement(By.id("password")).sendKeys("manager password");
        browser.findElement(By.id("sign-in")).click();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> browser.getCurrentUrl().endsWith("/console/queue/awaiting"));
        open("/console/queue/awaiting");
        assertThat(browser.findElement(By.id("nav-awaiting")).getText()).contains("1");
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
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("Approved");
        await().atMost(Duration.ofSeconds(10)).until(() -> desk.get(drafted).answer() != null);
        assertThat(desk.get(drafted).answer().text()).endsWith("Edited by staff.");

        open("/console/reports/unresolved");
        assertThat(browser.findElements(By.id("log-" + escalated))).hasSize(1);
        screenshot("unresolved-log");
        String csv = download(browser.findElement(By.id("csv")).getAttribute("href"));
        assertThat(csv).startsWith("\uFEFFid,question,").contains(escalated + ",What is the procedure");

        open("/console/questions/" + escalated);
        // The keyboard shortcut: "c" claims.
        browser.findElement(By.tagName("body")).sendKeys("c");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> "mai".equals(browser.findElement(By.id("owner")).getText()));
        browser.findElement(By.id("answer-text"))
                .sendKeys("Ask the ward's People's Committee; the office will add it.");
        screenshot("question-escalated");
        browser.findElement(By.id("answer")).click();
        // The click returns before the browser has loaded the page the form posts to.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !desk.get(escalated).status().isOpen());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> browser.findElements(By.id("answer-form")).isEmpty());

        open("/console/reports/unresolved");
        assertThat(browser.findElements(By.id("log-" + escalated))).isEmpty();

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

    private QuestionId ask(String text, QuestionStatus expected) {
        QuestionView asked =
                desk.receive(new NewQuestion(text, "Nguyễn Văn A", null, null, "en", "console", "asker", null));
        await().atMost(Duration.ofSeconds(120)).until(() -> desk.get(asked.id()).status() == expected);
        return asked.id();
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
