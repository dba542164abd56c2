package org.standingoffice.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import org.standingoffice.knowledge.IngestedFile;
import org.standingoffice.knowledge.KnowledgeProperties;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.knowledge.UploadRefused;
import org.standingoffice.knowledge.UploadRefused.Reason;

class StagedUploadTests {

    private static final String BODY = "1. Communes report monthly.\n2. Provinces sum the reports up by the 20th.\n";
    private static final SourceDocument FORM = new SourceDocument(
            "12/HD-TEST", "Guidance on reports", "", "", LocalDate.of(2025, 8, 1), "en", "", "", "", null);
    private static final SourceDocument NO_FORM = metadata("", "", "");

    @TempDir
    Path folder;

    @Test
    void stagingFoldersACrashLeftBehindAreRemovedAtStartButFreshOnesKept() throws IOException {
        Path abandoned = Files.createDirectories(folder.resolve(".upload-123"));
        Files.writeString(abandoned.resolve("half.pdf"), "half");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path fresh = Files.createDirectories(folder.resolve(".upload-456"));
        Path unrelated = Files.createDirectories(folder.resolve(".git-like"));
        Files.setLastModifiedTime(unrelated, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        knowledgeUpload();

        assertThat(abandoned).doesNotExist();
        assertThat(fresh).exists();
        assertThat(unrelated).exists();
    }

    @Test
    void givesATextFileTheFormAsFrontMatterAndListsIt() throws IOException {
        IngestedFile stored = upload("reports.md", BODY, FORM, false);

        String written = Files.readString(folder.resolve("reports.md"));
        assertThat(written)
                .startsWith("---\nnumber: 12/HD-TEST\ntitle: Guidance on reports\n")
                .endsWith(BODY);
        assertThat(FrontMatter.parse(FrontMatter.split(written).yaml()))
                .isEqualTo(new SourceDocument(
                        "12/HD-TEST", "Guidance on reports", "", "", LocalDate.of(2025, 8, 1), "en", "", "", "", null));
        assertThat(stored.passages()).hasSize(2);
        assertThat(knowledgeBase().files()).extracting(SourceFile::name).containsExactly("reports.md");
        assertThat(folder.toFile().list()).as("no staging folder is left").containsExactly("reports.md");
    }

    @Test
    void keepsAMarkdownFilesOwnFrontMatterAndAddsWhatItLacks() throws IOException {
        String own = "---\n# kept as written\nnumber: \"12/HD-TEST\"\ntitle: Guidance on reports\nlanguage: EN\n---\n";

        upload("own.md", own + BODY, metadata("12/HD-TEST", "", "en"), false);
        assertThat(Files.readString(folder.resolve("own.md")))
                .as("nothing to add")
                .isEqualTo(own + BODY);

        upload("more.md", own + BODY, FORM, false);
        assertThat(Files.readString(folder.resolve("more.md")))
                .startsWith("---\n# kept as written\nnumber: \"12/HD-TEST\"\n")
                .contains("language: EN\ndate: '2025-08-01'\n---\n");
    }

    @Test
    void refusesAFormThatContradictsTheFrontMatter() {
        String own = "---\nnumber: \"11/HD-TEST\"\ntitle: Other\nlanguage: en\n---\n";

        assertRefused(() -> upload("own.md", own + BODY, FORM, false), Reason.CONFLICTING_METADATA, "number, title");
    }

    @Test
    void refusesMetadataWithoutNumberTitleOrLanguage() {
        assertRefused(
                () -> upload("bare.md", BODY, NO_FORM, false), Reason.MISSING_METADATA, "number, title, language");
        assertRefused(
                () -> upload("bare.pdf", "%PDF", metadata("1", "T", ""), false), Reason.MISSING_METADATA, "language");
    }

    @Test
    void writesTheSidecarOfAPdfAndIngestsTheRealFile() throws IOException {
        byte[] pdf = Files.readAllBytes(Path.of("src/test/resources/knowledge/files/conclusion-99.pdf"));

        IngestedFile stored = knowledgeUpload().upload("conclusion.pdf", new ByteArrayInputStream(pdf), FORM, false);

        assertThat(Files.readAllBytes(folder.resolve("conclusion.pdf"))).isEqualTo(pdf);
        assertThat(FrontMatter.parse(Files.readString(folder.resolve("conclusion.meta.yaml")))
                        .number())
                .isEqualTo("12/HD-TEST");
        assertThat(stored.file().contentHash())
                .isEqualTo(knowledgeBase().files().get(0).contentHash());
        assertThat(stored.passages()).isNotEmpty();
    }

    @Test
    void keepsAnExistingFileUnlessReplacingItIsAsked() throws IOException {
        upload("reports.md", BODY, FORM, false);
        String before = Files.readString(folder.resolve("reports.md"));

        assertRefused(() -> upload("reports.md", "1. Changed.\n", FORM, false), Reason.EXISTS, "reports.md");
        assertThat(Files.readString(folder.resolve("reports.md"))).isEqualTo(before);

        upload("reports.md", "1. Changed.\n", FORM, true);
        assertThat(Files.readString(folder.resolve("reports.md"))).endsWith("1. Changed.\n");
    }

    @Test
    void countsABinaryFilesSidecarAsTakingItsName() throws IOException {
        Files.writeString(folder.resolve("report.meta.yaml"), "number: \"1\"\n");

        assertRefused(() -> upload("report.pdf", "%PDF", FORM, false), Reason.EXISTS, "report.pdf");
        assertThat(Files.readString(folder.resolve("report.meta.yaml"))).isEqualTo("number: \"1\"\n");
    }

    @Test
    void leavesAReplacedFileAsItWasWhenTheNewOneDoesNotIngest() throws IOException {
        upload("reports.md", BODY, FORM, false);
        String before = Files.readString(folder.resolve("reports.md"));

        String badDate = "---\nnumber: \"12/HD-TEST\"\ntitle: T\nlanguage: en\ndate: 1 August\n---\n";
        assertRefused(() -> upload("reports.md", badDate + BODY, NO_FORM, true), Reason.NOT_INGESTIBLE, "YYYY-MM-DD");
        assertRefused(() -> upload("reports.md", "---\nnumber: [unclosed\n", FORM, true), Reason.NOT_INGESTIBLE, "");
        assertRefused(() -> upload("reports.md", "", FORM, true), Reason.EMPTY, "");
        assertRefused(() -> upload("reports.md", "---\n---\n", FORM, true), Reason.NO_TEXT, "reports.md");

        assertThat(Files.readString(folder.resolve("reports.md"))).isEqualTo(before);
        assertThat(folder.toFile().list()).containsExactly("reports.md");
    }

    @Test
    void refusesOversizedFilesWithoutKeepingAByte() {
        assertRefused(() -> upload("large.md", "x".repeat(2049), FORM, false), Reason.TOO_LARGE, "2048");

        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] latin1 = ("1. Tr" + (char) 0xE1 + "ch nhi" + (char) 0xEA + "m.\n").getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(
                () -> knowledgeUpload().upload("latin.txt", new ByteArrayInputStream(latin1), FORM, false),
                Reason.NOT_INGESTIBLE,
                "UTF-8");
    }

    private IngestedFile upload(String name, String content, SourceDocument form, boolean replace) {
        InputStream in = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
        return knowledgeUpload().upload(name, in, form, replace);
    }

    private static void assertRefused(ThrowingCallable upload, Reason reason, String detail) {
        assertThatThrownBy(upload).isInstanceOfSatisfying(UploadRefused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.detail()).contains(detail);
        });
    }

    private StagedUpload knowledgeUpload() {
        KnowledgeProperties properties = new KnowledgeProperties(folder, 1200, 120, DataSize.ofKilobytes(2));
        return new StagedUpload(properties, new FileSystemKnowledgeBase(properties));
    }

    private FileSystemKnowledgeBase knowledgeBase() {
        return new FileSystemKnowledgeBase(new KnowledgeProperties(folder, 1200, 120, DataSize.ofKilobytes(2)));
    }

    private static SourceDocument metadata(String number, String title, String language) {
        return new SourceDocument(number, title, "", "", null, language, "", "", "", null);
    }
}
