package org.standingoffice.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.doReturn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.NewQuestion;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.knowledge.KnowledgeBase;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.search.KnowledgeIndex;
import org.standingoffice.search.ReindexProgress;
import org.standingoffice.search.ReindexReport;
import org.standingoffice.search.Reindexer;
import org.standingoffice.search.Retriever;

/**
 * The knowledge-base section of the console over a copy of the shipped documents: uploads of
 * Markdown, PDF and DOCX with their metadata, every kind of refusal leaving the folder as it
 * was, the background reindex and its progress fragment, the document view, and the links to it
 * from the passages on the question page and the playground. One upload goes through the real
 * web server, where multipart parsing, the CSRF token in the form body and the size limits meet.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "office.search.index-on-startup=false",
            "office.knowledge.max-upload-size=64KB",
            "office.console.language=en"
        })
@AutoConfigureMockMvc
class KnowledgeConsoleIntegrationTests {

    static final Path FIXTURES = Path.of("src/test/resources/knowledge/files");
    static final String GUIDANCE = "1. Merged communes keep the old seals until the new seals are issued.\n"
            + "2. The province collects the old seals by 30 September 2025.\n";

    @TempDir
    static Path root;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) throws IOException {
        Path knowledgeBase = Files.createDirectories(root.resolve("knowledge-base"));
        try (Stream<Path> shipped = Files.list(Path.of("knowledge-base"))) {
            for (Path file : shipped.toList()) {
                Files.copy(file, knowledgeBase.resolve(file.getFileName()));
            }
        }
        registry.add("office.data-dir", () -> root.resolve("data").toString());
        registry.add("office.knowledge.base-dir", knowledgeBase::toString);
        registry.add("office.console.admin-password", () -> "the first admin password");
    }

    final MockMvc mvc;
    final Path folder = root.resolve("knowledge-base");
    final int port;

    @Autowired
    StaffDirectory directory;

    @Autowired
    KnowledgeIndex index;

    @Autowired
    KnowledgeBase knowledgeBase;

    @Autowired
    Retriever retriever;

    @Autowired
    Desk desk;

    @MockitoSpyBean
    Reindexer reindexer;

    @Autowired
    KnowledgeConsoleIntegrationTests(MockMvc mvc, @LocalServerPort int port) {
        this.mvc = mvc;
        this.port = port;
    }

    /** One real account per role: the console signs out a session whose account does not exist. */
    @BeforeEach
    void accounts() {
        for (Role role : Role.values()) {
            String username = "kc-" + role.name().toLowerCase();
            if (directory.find(username).isEmpty()) {
                directory.create(username, "Knowledge " + role, role, null, "knowledge admin password");
            }
        }
    }

    /** No reindex an upload started outlives its test, nor the class's temporary folder. */
    @AfterEach
    void reindexSettles() {
        // A test that stubbed the progress and failed must not leave a reindex that never ends.
        Mockito.reset(reindexer);
        awaitReindex();
    }

    @Test
    void anAdminUploadsMarkdownThatIsListedAndFoundOnceTheReindexFinishes() throws Exception {
        MvcResult result = mvc.perform(upload("seals.md", GUIDANCE.getBytes(StandardCharsets.UTF_8))
                        .param("number", "07/HD-SEALS")
                        .param("title", "Guidance on the seals of merged communes")
                        .param("type", "guidance")
                        .param("issuer", "Provincial People's Committee")
                        .param("date", "2025-08-20")
                        .param("language", "en")
                        .param("version", "uploaded in a test")
                        .param("validUntil", "2030-12-31")
                        .param("source", "https://example.org/07")
                        .with(as(Role.ADMIN)))
                .andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/console/knowledge");
        assertThat(result.getFlashMap().get("notice").toString())
                .isEqualTo("Stored seals.md (07/HD-SEALS, 2 passages). Reindexing…");
        assertThat(Files.readString(folder.resolve("seals.md")))
                .startsWith("---\nnumber: 07/HD-SEALS\n")
                .contains(
                        "title: Guidance on the seals of merged communes\n",
                        "issuer: Provincial People's Committee\n",
                        "date: '2025-08-20'\n",
                        "valid_until: '2030-12-31'\n",
                        "source: https://example.org/07\n")
                .endsWith("---\n" + GUIDANCE);

        awaitReindex();
        assertThat(page("/console/knowledge", Role.STAFF))
                .contains("Guidance on the seals of merged communes", DocumentLinks.DOCUMENTS + "seals.md");
        assertThat(retriever.retrieve("old seals of merged communes", 1).passages())
                .first()
                .satisfies(
                        found -> assertThat(found.passage().document().number()).isEqualTo("07/HD-SEALS"));
        assertThat(page("/console/knowledge/documents/seals.md", Role.STAFF))
                .as("the database's record of the upload, on the document's page")
                .contains("Versions of this file", "<td>kc-admin</td>");
    }

    static Stream<Arguments> binaryFixtures() {
        return Stream.of(
                Arguments.of("conclusion-99.pdf", "99-KL/TEST", "en", "conclusion-99.meta.yaml"),
                Arguments.of("nghi-dinh-thu.docx", "99/2025/NĐ-TEST", "vi", "nghi-dinh-thu.meta.yaml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("binaryFixtures")
    void anAdminUploadsARealPdfOrDocxWhoseMetadataGoesIntoASidecar(
            String fixture, String number, String language, String sidecar) throws Exception {
        String name = "uploaded-" + fixture;
        MvcResult result = mvc.perform(upload(name, Files.readAllBytes(FIXTURES.resolve(fixture)))
                        .param("number", number)
                        .param("title", "Uploaded " + fixture)
                        .param("language", language)
                        .with(as(Role.ADMIN)))
                .andReturn();

        assertThat(result.getFlashMap().get("problem")).isNull();
        assertThat(folder.resolve(name)).hasSameBinaryContentAs(FIXTURES.resolve(fixture));
        assertThat(folder.resolve("uploaded-" + sidecar))
                .content(StandardCharsets.UTF_8)
                .contains("number: " + number, "title: Uploaded " + fixture, "language: " + language);

        awaitReindex();
        assertThat(page("/console/knowledge", Role.STAFF)).contains("Uploaded " + fixture);
        assertThat(index.passageCount()).isPositive();
    }

    @Test
    void aMarkdownFileKeepsItsOwnFrontMatterAndAFormThatContradictsItIsRefused() throws Exception {
        String own = "---\nnumber: \"08/HD-OWN\"\ntitle: \"Own front matter\"\nlanguage: en\n---\n" + GUIDANCE;

        MvcResult agreeing = mvc.perform(upload("own.md", own.getBytes(StandardCharsets.UTF_8))
                        .param("number", "08/HD-OWN")
                        .with(as(Role.ADMIN)))
                .andReturn();
        MvcResult contradicting = mvc.perform(upload("own-2.md", own.getBytes(StandardCharsets.UTF_8))
                        .param("number", "09/HD-OTHER")
                        .param("title", "Another title")
                        .with(as(Role.ADMIN)))
                .andReturn();

        assertThat(agreeing.getFlashMap().get("problem")).isNull();
        assertThat(folder.resolve("own.md")).content(StandardCharsets.UTF_8).isEqualTo(own);
        assertThat(contradicting.getFlashMap().get("problem").toString())
                .isEqualTo("Not uploaded: the form and the front matter of own-2.md disagree on number, title."
                        + " Leave those fields empty or make them agree.");
        assertThat(contradicting.getFlashMap().get("upload"))
                .as("the form comes back as filled in")
                .hasFieldOrPropertyWithValue("number", "09/HD-OTHER");
        assertThat(folder.resolve("own-2.md")).doesNotExist();
    }

    static Stream<Arguments> refusals() {
        byte[] text = GUIDANCE.getBytes(StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("setup.exe", text, "is not a PDF, DOCX, Markdown (.md), text (.txt) or HTML file"),
                Arguments.of("../escaped.md", text, "is not a plain file name"),
                Arguments.of("..\\escaped.md", text, "is not a plain file name"),
                Arguments.of("sub/inside.md", text, "is not a plain file name"),
                Arguments.of(".hidden.md", text, "is not a plain file name"),
                Arguments.of("empty.md", new byte[0], "empty.md is empty"),
                Arguments.of("large.md", new byte[64 * 1024 + 1], "large.md is larger than 64 KB"),
                Arguments.of("183-KL-TW_en.md", text, "183-KL-TW_en.md already exists. Tick"),
                Arguments.of("no-metadata.md", "1. No front matter.\n".getBytes(StandardCharsets.UTF_8), "needs its"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aRefusedUploadIsAMessageAndLeavesTheFolderAsItWas(String name, byte[] content, String message)
            throws Exception {
        Map<Path, byte[]> before = snapshot();

        MvcResult result =
                mvc.perform(upload(name, content).with(as(Role.ADMIN))).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/console/knowledge");
        assertThat(result.getFlashMap().get("problem").toString())
                .startsWith("Not uploaded:")
                .contains(message);
        assertThat(snapshot())
                .containsOnlyKeys(before.keySet())
                .allSatisfy(
                        (path, bytes) -> assertThat(bytes).as(path.toString()).isEqualTo(before.get(path)));
        assertThat(root.resolve("escaped.md")).doesNotExist();
    }

    @Test
    void aRefusalSpeaksTheUsersLanguage() throws Exception {
        MvcResult result = mvc.perform(upload("setup.exe", new byte[] {1})
                        .cookie(new Cookie("office-lang", "vi"))
                        .with(as(Role.ADMIN)))
                .andReturn();

        assertThat(result.getFlashMap().get("problem").toString())
                .isEqualTo("Chưa tải lên: setup.exe không phải là tệp PDF, DOCX, Markdown (.md), văn bản (.txt)"
                        + " hoặc HTML.");
    }

    @Test
    void replacingAFileNeedsTheTickAndKeepsTheOldOneUntilTheNewOneIsIn() throws Exception {
        String first = "---\nnumber: \"10/HD-REPLACE\"\ntitle: First\nlanguage: en\n---\n" + GUIDANCE;
        String second = first.replace("title: First", "title: Second");
        mvc.perform(upload("replace.md", first.getBytes(StandardCharsets.UTF_8)).with(as(Role.ADMIN)));

        MvcResult broken = mvc.perform(upload("replace.md", "---\nnumber: [\n".getBytes(StandardCharsets.UTF_8))
                        .param("replace", "true")
                        .with(as(Role.ADMIN)))
                .andReturn();
        assertThat(broken.getFlashMap().get("problem").toString())
                .startsWith("Not uploaded: replace.md cannot be read as a document.");
        assertThat(folder.resolve("replace.md")).content(StandardCharsets.UTF_8).isEqualTo(first);

        mvc.perform(upload("replace.md", second.getBytes(StandardCharsets.UTF_8))
                .param("replace", "true")
                .with(as(Role.ADMIN)));
        assertThat(folder.resolve("replace.md")).content(StandardCharsets.UTF_8).isEqualTo(second);
    }

    @ParameterizedTest
    @ValueSource(strings = {"STAFF", "MANAGER", "OFFICIAL"})
    void onlyAdminsUploadAndReindex(Role role) throws Exception {
        MockHttpServletResponse upload = mvc.perform(
                        upload("by-" + role + ".md", GUIDANCE.getBytes(StandardCharsets.UTF_8))
                                .param("number", "1")
                                .param("title", "t")
                                .param("language", "en")
                                .with(as(role)))
                .andReturn()
                .getResponse();
        MockHttpServletResponse reindex = mvc.perform(
                        post("/console/knowledge/reindex").with(csrf()).with(as(role)))
                .andReturn()
                .getResponse();

        assertThat(upload.getStatus()).isEqualTo(403);
        assertThat(reindex.getStatus()).isEqualTo(403);
        assertThat(folder.resolve("by-" + role + ".md")).doesNotExist();
        if (role != Role.OFFICIAL) {
            assertThat(page("/console/knowledge", role)).doesNotContain("upload-form");
        }
    }

    @Test
    void anUploadNeedsTheCsrfToken() throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/console/knowledge/upload")
                        .file(new MockMultipartFile(
                                "file", "forged.md", "text/markdown", GUIDANCE.getBytes(StandardCharsets.UTF_8)))
                        .param("number", "1")
                        .param("title", "t")
                        .param("language", "en")
                        .with(as(Role.ADMIN)))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(folder.resolve("forged.md")).doesNotExist();
    }

    @Test
    void theProgressFragmentPollsWhileAReindexRunsAndShowsTheReportOnceItHasFinished() throws Exception {
        doReturn(ReindexProgress.running(2, 5, "183-KL-TW_sv.md"))
                .when(reindexer)
                .progress();
        String running = page("/console/knowledge/reindex/progress", Role.STAFF);

        assertThat(running)
                .startsWith("<div id=\"reindex-progress\"")
                .contains(
                        "hx-get=\"/console/knowledge/reindex/progress\"",
                        "hx-trigger=\"every 1s\"",
                        "<progress max=\"5\" value=\"2\">",
                        "Reindexing: 2 of 5 files",
                        "183-KL-TW_sv.md")
                .doesNotContain("<html");

        ReindexReport report =
                new ReindexReport(1, 0, 0, 6, 120, List.of("broken.md: no front matter"), List.of(), Duration.ZERO);
        doReturn(ReindexProgress.finished(report)).when(reindexer).progress();
        String finished = page("/console/knowledge/reindex/progress", Role.STAFF);

        assertThat(finished)
                .contains("Reindex finished:", "1 added, 0 updated, 0 removed, 6 unchanged; 120 passages")
                .contains("Not indexed: broken.md: no front matter")
                .doesNotContain("hx-trigger", "<progress");
    }

    @Test
    void anAdminsReindexRunsInTheBackgroundAndThePageShowsItsProgress() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        post("/console/knowledge/reindex").with(csrf()).with(as(Role.ADMIN)))
                .andReturn()
                .getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/console/knowledge");
        assertThat(page("/console/knowledge", Role.ADMIN)).contains("id=\"reindex-progress\"");
        awaitReindex();
        assertThat(reindexer.progress().state()).isEqualTo(ReindexProgress.State.FINISHED);
        assertThat(page("/console/knowledge/reindex/progress", Role.STAFF))
                .contains("Reindex finished:")
                .doesNotContain("hx-trigger");
    }

    @Test
    void theDocumentViewShowsTheMetadataAndEveryPassageUnderItsSectionWithAnAnchor() throws Exception {
        SourceFile file = knowledgeBase.files().stream()
                .filter(f -> f.name().equals("183-KL-TW_en.md"))
                .findFirst()
                .orElseThrow();
        List<Passage> passages = knowledgeBase.ingest(file).passages();
        DocumentLinks links = new DocumentLinks();

        String view = page("/console/knowledge/documents/183-KL-TW_en.md", Role.STAFF);

        assertThat(view).contains("183-KL/TW · Conclusion No. 183-KL/TW", "full translation (huengaynay.vn)");
        assertThat(view).contains("In force").contains("<span>3</span>");
        assertThat(view)
                .as("the other renderings of 183-KL/TW, linked")
                .contains("href=\"" + links.document("183-KL-TW_sv.md") + "\"")
                .contains("href=\"" + links.document("183-KL-TW_summary_en.md") + "\"")
                .doesNotContain("href=\"" + links.document("183-KL-TW_en.md") + "\"");
        for (Passage passage : passages) {
            assertThat(view)
                    .contains("id=\"" + links.anchor(passage) + "\"")
                    // An unnumbered paragraph is named in words ("paragraph 3"), numbered points as labelled.
                    .contains(">" + passage.section().replace("para. ", "paragraph ") + "</a>");
        }
        assertThat(view.indexOf("id=\"" + links.anchor(passages.get(0)) + "\""))
                .as("document order")
                .isLessThan(view.indexOf("id=\"" + links.anchor(passages.get(passages.size() - 1)) + "\""));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/console/knowledge/documents/missing.md",
                "/console/knowledge/documents/README.md",
                "/console/knowledge/documents/glossary.yaml",
                "/console/knowledge/documents/../../pom.xml",
                "/console/knowledge/documents/%2e%2e/%2e%2e/pom.xml",
                "/console/knowledge/documents/"
            })
    void theDocumentViewShowsOnlyFilesTheKnowledgeBaseLists(String path) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).with(as(Role.STAFF))).andReturn().getResponse();

        assertThat(response.getStatus()).isIn(400, 404);
        assertThat(response.getContentAsString()).doesNotContain("<project");
    }

    @Test
    void theListShowsVersionsAndWhatIsNoLongerInForce() throws Exception {
        mvc.perform(upload("replaces-412.md", GUIDANCE.getBytes(StandardCharsets.UTF_8))
                .param("number", "500/TB-VPCP")
                .param("title", "Notice replacing 412")
                .param("language", "en")
                .param("supersedes", "412/TB-VPCP")
                .with(as(Role.ADMIN)));
        mvc.perform(upload("lapsed.md", GUIDANCE.getBytes(StandardCharsets.UTF_8))
                .param("number", "01/KH-OLD")
                .param("title", "A plan that ran out")
                .param("language", "en")
                .param("validUntil", "2020-01-31")
                .with(as(Role.ADMIN)));

        String list = page("/console/knowledge", Role.STAFF).replaceAll("\\s+", " ");

        assertThat(list).containsPattern("183-KL/TW</td>.*?<td>3</td>");
        assertThat(list).containsPattern("412/TB-VPCP</td>.*?Superseded by 500/TB-VPCP");
        assertThat(list).containsPattern("01/KH-OLD</td>.*?Expired after 2020-01-31");
        assertThat(list).containsPattern("500/TB-VPCP</td>.*?In force");
        assertThat(list)
                .as("staff who keep the knowledge base see a placeholder number as such")
                .contains("KL-2025-05-16 (placeholder, official number not verified)</td>");
    }

    @Test
    void aDocumentWhoseNumberIsAPlaceholderIsHeadedByItsTypeIssuerAndDate() throws Exception {
        // In English: a language chosen here would stay with the account for the other tests.
        String view = page("/console/knowledge/documents/KL-2025-05-16_en.md", Role.STAFF);

        assertThat(view)
                .contains(
                        "<h1 lang=\"en\">Conclusion of the Politburo and the Secretariat of 16 May 2025 · Conclusion of");
        assertThat(page("/console/knowledge/deadlines", Role.STAFF))
                .as("its deadlines")
                .contains("<td>Conclusion of the Politburo and the Secretariat of 16 May 2025</td>")
                .contains("<td>Conclusion 183-KL/TW</td>")
                .doesNotContain("<td>KL-2025-05-16</td>");
    }

    @Test
    void passagesOnTheQuestionPageAndInThePlaygroundLinkToTheirPlaceInTheDocument() throws Exception {
        index.reindex();
        String question = "Who must guide the financial management of trade union assets at the provincial level?";
        QuestionId id = desk.receive(
                        new NewQuestion(question, "Asker", null, null, "en", "console", "kc-official", null))
                .id();
        await().atMost(Duration.ofSeconds(90)).until(() -> desk.get(id).status() != QuestionStatus.RECEIVED);
        Passage best = retriever.retrieve(question, 1).passages().get(0).passage();
        String link = "href=\"" + new DocumentLinks().passage(best) + "\"";

        assertThat(page("/console/questions/" + id, Role.STAFF)).contains(link, "<mark>");
        assertThat(page("/console/knowledge/playground?q=" + question.replace(' ', '+'), Role.STAFF))
                .contains(link);
        assertThat(page(new DocumentLinks().document(best.sourceFile()), Role.STAFF))
                .contains("id=\"" + new DocumentLinks().anchor(best) + "\"");
    }

    /**
     * MockMvc hands the controller its parts directly; here Tomcat parses them, Spring Security
     * finds the CSRF token among them, and a file over the knowledge base's limit (but under the
     * server's) still reaches the page's message rather than a broken connection.
     */
    @Test
    void theUploadFormWorksThroughTheRealWebServer() throws Exception {
        HttpClient client =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = send(client, HttpRequest.newBuilder(url("/login"))).body();
        HttpResponse<String> signedIn = send(
                client,
                HttpRequest.newBuilder(url("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=kc-admin&password=knowledge+admin+password" + "&_csrf=" + csrfToken(login))));
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/console"));

        HttpResponse<String> stored = postForm(client, "over-http.md", GUIDANCE.getBytes(StandardCharsets.UTF_8));
        assertThat(stored.statusCode()).isEqualTo(302);
        assertThat(folder.resolve("over-http.md")).exists();
        assertThat(send(client, HttpRequest.newBuilder(url("/console/knowledge")))
                        .body())
                .contains("Stored over-http.md (11/HD-HTTP, 2 passages).");

        HttpResponse<String> large = postForm(client, "large-over-http.md", new byte[100 * 1024]);
        assertThat(large.statusCode()).isEqualTo(302);
        assertThat(send(client, HttpRequest.newBuilder(url("/console/knowledge")))
                        .body())
                .contains("Not uploaded: large-over-http.md is larger than 64 KB.");
        assertThat(folder.resolve("large-over-http.md")).doesNotExist();

        HttpResponse<String> huge = postForm(client, "huge-over-http.md", new byte[300 * 1024]);
        assertThat(huge.headers().firstValue("Location"))
                .as("even a body the server will not read gets the form's message")
                .hasValueSatisfying(to -> assertThat(to).endsWith("/console/knowledge"));
        assertThat(send(client, HttpRequest.newBuilder(url("/console/knowledge")))
                        .body())
                .contains("The file is larger than 64 KB.");
        assertThat(folder.resolve("huge-over-http.md")).doesNotExist();
    }

    @Test
    void theWebServerTakesUploadsUpToTwiceTheKnowledgeBasesLimitSoTheApplicationCanSayWhy(
            @Autowired MultipartConfigElement multipart) {
        assertThat(multipart.getMaxFileSize()).isEqualTo(2 * 64 * 1024);
        assertThat(multipart.getMaxRequestSize()).isGreaterThan(multipart.getMaxFileSize());
    }

    private HttpResponse<String> postForm(HttpClient client, String fileName, byte[] content) throws Exception {
        String token = csrfToken(
                send(client, HttpRequest.newBuilder(url("/console/knowledge"))).body());
        String boundary = "----knowledge-upload-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", token);
        fields.put("number", "11/HD-HTTP");
        fields.put("title", "Uploaded over HTTP");
        fields.put("language", "en");
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/markdown\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                client,
                HttpRequest.newBuilder(url("/console/knowledge/upload"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrfToken(String page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("a CSRF token on the page").isTrue();
        return token.group(1);
    }

    private void awaitReindex() {
        await().atMost(Duration.ofSeconds(120))
                .until(() -> !reindexer.progress().active());
    }

    private Map<Path, byte[]> snapshot() throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path), Files.readAllBytes(path));
            }
        }
        return files;
    }

    private MockMultipartHttpServletRequestBuilder upload(String name, byte[] content) {
        MockMultipartHttpServletRequestBuilder request = multipart("/console/knowledge/upload");
        request.file(new MockMultipartFile("file", name, "application/octet-stream", content));
        request.with(csrf());
        return request;
    }

    private String page(String path, Role role) throws Exception {
        return mvc.perform(get(path).with(as(role))).andReturn().getResponse().getContentAsString();
    }

    private static RequestPostProcessor as(Role role) {
        return user("kc-" + role.name().toLowerCase()).roles(role.name());
    }
}
