package org.standingoffice.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.standingoffice.telegram.internal.TelegramFixture.UNANSWERABLE;

import jakarta.servlet.http.Cookie;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.standingoffice.accounts.Role;
import org.standingoffice.accounts.StaffDirectory;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.telegram.QuestionAttachments;
import org.standingoffice.telegram.TelegramInvites;
import org.standingoffice.telegram.internal.asker.Attachment;
import org.standingoffice.telegram.internal.asker.Tickets;

/**
 * Staff open in the console the files officials sent with their questions: the real TelegramBots
 * client asks the Bot API stub for the file, the console passes it on to staff of every role.
 */
@SpringBootTest(properties = {"office.search.index-on-startup=false", "office.console.language=en"})
@AutoConfigureMockMvc
@DirtiesContext
class AttachmentDownloadIntegrationTests {

    static final BotApiStub stub = new BotApiStub();
    static final List<Role> STAFF = List.of(Role.STAFF, Role.MANAGER, Role.ADMIN);

    /** Not text: every byte value, so that no decoding on the way goes unnoticed. */
    static final byte[] SCAN = scan();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        TelegramFixture.connect(registry, stub, dataDir);
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
    MockMvc mvc;

    @Autowired
    Desk desk;

    @Autowired
    TelegramInvites invites;

    @Autowired
    StaffDirectory directory;

    @Autowired
    QuestionAttachments attachments;

    @Autowired
    Tickets tickets;

    TelegramFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new TelegramFixture(stub, desk, invites);
        for (Role role : Role.values()) {
            if (directory.find(username(role)).isEmpty()) {
                directory.create(username(role), role.name(), role, null, "attachment test password");
            }
        }
    }

    @Test
    void staffOfEveryRoleSeeTheDocumentOnTheQuestionPageAndDownloadExactlyItsBytes() throws Exception {
        stub.file("scan-1", SCAN);
        QuestionId id = askWithDocument(3001, "scan-1", "Công văn số 12.pdf");
        String link = link(id);

        for (Role role : STAFF) {
            assertThat(page(id, role)).contains("Công văn số 12.pdf", "href=\"" + link + "\"");

            MockHttpServletResponse file =
                    mvc.perform(get(link).with(as(role))).andReturn().getResponse();

            assertThat(file.getStatus()).as(role.name()).isEqualTo(200);
            assertThat(file.getContentAsByteArray()).isEqualTo(SCAN);
            assertThat(file.getContentType()).isEqualTo("application/pdf");
            assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            ContentDisposition disposition = ContentDisposition.parse(file.getHeader("Content-Disposition"));
            assertThat(disposition.isAttachment()).isTrue();
            assertThat(disposition.getFilename()).isEqualTo("Công văn số 12.pdf");
        }
        assertThat(stub.calls("getfile"))
                .filteredOn(call -> call.body().path("file_id").asText().equals("scan-1"))
                .hasSize(STAFF.size());
    }

    @Test
    void aPhotoIsServedAsAJpegNamedAfterItsAttachment() throws Exception {
        stub.file("photo-1", SCAN);
        QuestionId id = askWithDocument(3002, "scan-2", "scan.pdf");
        tickets.attach(
                id,
                null,
                new Attachment("photo", "photo-1", "u-photo-1", null, "image/jpeg", 4096L, 3002, 11),
                Instant.now());
        long photo = attachments.of(id).get(1).id();

        assertThat(page(id, Role.STAFF)).contains("Photo");
        MockHttpServletResponse file = mvc.perform(get("/console/questions/" + id + "/attachments/" + photo)
                        .with(as(Role.STAFF)))
                .andReturn()
                .getResponse();

        assertThat(file.getContentType()).isEqualTo("image/jpeg");
        assertThat(ContentDisposition.parse(file.getHeader("Content-Disposition"))
                        .getFilename())
                .isEqualTo("photo-" + photo + ".jpg");
        assertThat(file.getContentAsByteArray()).isEqualTo(SCAN);
    }

    @Test
    void anotherQuestionsAttachmentIsNotFoundAndOfficialsAreForbidden() throws Exception {
        QuestionId first = askWithDocument(3003, "scan-3", "first.pdf");
        QuestionId second = askWithDocument(3004, "scan-4", "second.pdf");
        long secondsFile = attachments.of(second).get(0).id();
        int fetches = stub.calls("getfile").size();

        assertThat(status(get("/console/questions/" + first + "/attachments/" + secondsFile)
                        .with(as(Role.STAFF))))
                .isEqualTo(404);
        assertThat(status(get(link(second)).with(as(Role.OFFICIAL)))).isEqualTo(403);
        assertThat(status(get("/console/questions/" + second).with(as(Role.OFFICIAL))))
                .isEqualTo(403);
        assertThat(stub.calls("getfile")).hasSize(fetches);
    }

    @Test
    void whenTelegramDoesNotHandTheFileOverTheQuestionPageSaysWhyInTheStaffsLanguage() throws Exception {
        stub.file("scan-5", SCAN);
        QuestionId id = askWithDocument(3005, "scan-5", "scan.pdf");
        stub.fail(
                "getfile",
                1,
                400,
                BotApiStub.error(400, "Bad Request: wrong file_id or the file is temporarily unavailable"));
        stub.fail("getfile", 1, 502, BotApiStub.error(502, "Bad Gateway"));
        stub.fail("file", 1, 404, BotApiStub.error(404, "Not Found"));

        MvcResult refused = mvc.perform(get(link(id)).with(as(Role.STAFF)).cookie(new Cookie("office-lang", "vi")))
                .andReturn();
        MvcResult failed = mvc.perform(get(link(id)).with(as(Role.STAFF))).andReturn();
        // An error page from the file server is not passed on as if it were the file.
        MvcResult missing = mvc.perform(get(link(id)).with(as(Role.STAFF))).andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/console/questions/" + id);
        assertThat(refused.getFlashMap().get("problem").toString()).startsWith("Telegram từ chối trả tệp");
        assertThat(failed.getFlashMap().get("problem").toString()).contains("try again in a minute");
        assertThat(missing.getResponse().getStatus()).isEqualTo(302);
        assertThat(missing.getFlashMap().get("problem").toString()).startsWith("Telegram refused");
        assertThat(mvc.perform(get("/console/questions/" + id)
                                .with(as(Role.STAFF))
                                .flashAttrs(failed.getFlashMap()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("try again in a minute");
    }

    @Test
    void filesLargerThanTelegramHandsToBotsAreRefusedWithoutAskingIt() throws Exception {
        QuestionId id = askWithDocument(3006, "scan-6", "scan.pdf");
        tickets.attach(
                id,
                null,
                new Attachment("document", "big", "u-big", "archive.zip", "application/zip", 25_000_000L, 3006, 12),
                Instant.now());
        long big = attachments.of(id).get(1).id();

        String page = page(id, Role.STAFF);
        MvcResult refused = mvc.perform(
                        get("/console/questions/" + id + "/attachments/" + big).with(as(Role.STAFF)))
                .andReturn();

        assertThat(page).contains("archive.zip", "Larger than 20 MB").doesNotContain("/attachments/" + big);
        assertThat(refused.getFlashMap().get("problem").toString()).contains("Larger than 20 MB");
        assertThat(stub.calls("getfile"))
                .noneMatch(call -> call.body().path("file_id").asText().equals("big"));
    }

    /** An official registers and asks a question with a PDF; returns the question. */
    private QuestionId askWithDocument(long chat, String fileId, String fileName) {
        fixture.register(chat);
        return fixture.ask(
                        chat,
                        10,
                        Updates.document(chat, 10, UNANSWERABLE, fileId, fileName, "application/pdf", SCAN.length))
                .id();
    }

    private String link(QuestionId id) {
        return "/console/questions/" + id + "/attachments/"
                + attachments.of(id).get(0).id();
    }

    private String page(QuestionId id, Role role) throws Exception {
        return mvc.perform(get("/console/questions/" + id).with(as(role)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static RequestPostProcessor as(Role role) {
        return user(username(role)).roles(role.name());
    }

    private static String username(Role role) {
        return "files-" + role.name().toLowerCase();
    }

    private static byte[] scan() {
        byte[] bytes = new byte[3 * 256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
