package org.standingoffice.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import org.standingoffice.knowledge.IngestedFile;
import org.standingoffice.knowledge.IngestionException;
import org.standingoffice.knowledge.KnowledgeBase;
import org.standingoffice.knowledge.KnowledgeProperties;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceFile;

class FileSystemKnowledgeBaseTests {

    private static final String FRONT_MATTER = """
            ---
            number: "183-KL/TW"
            title: "Conclusion No. 183-KL/TW"
            language: en
            date: 2025-08-01
            ---
            """;

    @TempDir
    Path folder;

    @Test
    void listsTheDocumentsButNotTheReadmeTheGlossaryTheWordListTheSidecarsOrHiddenFolders() throws IOException {
        for (String name : List.of(
                "vietnamese-words.txt",
                "a.md",
                "b.txt",
                "c.pdf",
                "c.meta.yaml",
                "d.docx",
                "e.html",
                "README.md",
                "glossary.yaml",
                "notes.json",
                ".draft.md",
                ".upload-123/staged.md",
                "sub/.git/g.md",
                "sub/f.md",
                "sub/readme.md")) {
            write(name, FRONT_MATTER + "1. A point.\n");
        }

        assertThat(knowledgeBase().files())
                .extracting(SourceFile::name)
                .containsExactly("a.md", "b.txt", "c.pdf", "d.docx", "e.html", "sub/f.md");
    }

    @Test
    void refusesToListAFolderThatDoesNotExist() {
        KnowledgeBase missing = new FileSystemKnowledgeBase(
                new KnowledgeProperties(folder.resolve("missing"), 1200, 120, DataSize.ofMegabytes(20)));

        assertThatThrownBy(missing::files)
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void keepsTheHashOfAnUnchangedFileAndChangesItWithTheFile() throws IOException {
        write("a.md", FRONT_MATTER + "1. A point.\n");
        String before = onlyFile().contentHash();

        assertThat(onlyFile().contentHash()).isEqualTo(before).hasSize(64);

        write("a.md", FRONT_MATTER + "1. A changed point.\n");
        assertThat(onlyFile().contentHash()).isNotEqualTo(before);
    }

    @Test
    void changesTheHashWhenTheSidecarChanges() throws IOException {
        copyFixture("conclusion-99.pdf");
        String withoutSidecar = onlyFile().contentHash();
        copyFixture("conclusion-99.meta.yaml");
        String withSidecar = onlyFile().contentHash();

        Files.writeString(
                folder.resolve("conclusion-99.meta.yaml"),
                Files.readString(folder.resolve("conclusion-99.meta.yaml"))
                        .replace("date: 2025-08-01", "date: 2025-08-02"));

        assertThat(withSidecar).isNotEqualTo(withoutSidecar);
        assertThat(onlyFile().contentHash()).isNotEqualTo(withSidecar);
    }

    @Test
    void ingestsAPdfThroughTikaWithItsSidecar() throws IOException {
        copyFixture("conclusion-99.pdf");
        copyFixture("conclusion-99.meta.yaml");

        IngestedFile ingested = knowledgeBase().ingest(onlyFile());

        assertThat(ingested.document().number()).isEqualTo("99-KL/TEST");
        assertThat(ingested.document().language()).isEqualTo("en");
        assertThat(ingested.document().date()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(ingested.passages())
                .extracting(Passage::id)
                .containsExactly("conclusion-99.pdf#para. 1", "conclusion-99.pdf#1", "conclusion-99.pdf#2");
        Passage second = ingested.passages().get(2);
        assertThat(second.heading()).isEqualTo("Conclusion No. 99-KL/TEST on the test of ingestion");
        assertThat(second.text()).startsWith("Assign the Ministry of Justice to review overlapping regulations");
        assertThat(second.deadlines()).singleElement().satisfies(deadline -> {
            assertThat(deadline.due()).isEqualTo(LocalDate.of(2025, 8, 31));
            assertThat(deadline.responsible()).isEqualTo("Ministry of Justice");
        });
    }

    @Test
    void ingestsADocxThroughTikaWithItsSidecar() throws IOException {
        copyFixture("nghi-dinh-thu.docx");
        copyFixture("nghi-dinh-thu.meta.yaml");

        IngestedFile ingested = knowledgeBase().ingest(onlyFile());

        assertThat(ingested.document().number()).isEqualTo("99/2025/NĐ-TEST");
        assertThat(ingested.document().language()).isEqualTo("vi");
        assertThat(ingested.passages())
                .extracting(Passage::section)
                .containsExactly("khoản 1 Điều 1", "khoản 2 Điều 1", "Điều 2");
        Passage clause2 = ingested.passages().get(1);
        assertThat(clause2.id()).isEqualTo("nghi-dinh-thu.docx#khoản 2 Điều 1");
        assertThat(clause2.heading()).isEqualTo("NGHỊ ĐỊNH THỬ NGHIỆM VỀ PHÂN QUYỀN › Phạm vi điều chỉnh");
        assertThat(clause2.deadlines())
                .extracting(deadline -> deadline.due())
                .containsExactly(LocalDate.of(2025, 8, 31));
        assertThat(ingested.passages().get(2).deadlines())
                .as("'kể từ ngày' is no deadline")
                .isEmpty();
    }

    @Test
    void refusesAPdfWithoutItsSidecar() throws IOException {
        copyFixture("conclusion-99.pdf");
        SourceFile pdf = onlyFile();

        assertThatThrownBy(() -> knowledgeBase().ingest(pdf))
                .isInstanceOf(IngestionException.class)
                .hasMessageStartingWith("conclusion-99.pdf: ")
                .hasMessageContaining("conclusion-99.meta.yaml");
    }

    @Test
    void refusesASidecarWithoutTheRequiredKeys() throws IOException {
        copyFixture("nghi-dinh-thu.docx");
        write("nghi-dinh-thu.meta.yaml", "title: \"Nghị định\"\n");
        SourceFile docx = onlyFile();

        assertThatThrownBy(() -> knowledgeBase().ingest(docx))
                .isInstanceOf(IngestionException.class)
                .hasMessageStartingWith("nghi-dinh-thu.docx: ")
                .hasMessageContaining("lacks number, language");
    }

    @Test
    void refusesMarkdownWithoutFrontMatter() throws IOException {
        write("notes.md", "1. A point without metadata.\n");
        SourceFile markdown = onlyFile();

        assertThatThrownBy(() -> knowledgeBase().ingest(markdown))
                .isInstanceOf(IngestionException.class)
                .hasMessageStartingWith("notes.md: ")
                .hasMessageContaining("no front matter");
    }

    @Test
    void ingestsMarkdownWithFrontMatter() throws IOException {
        write(
                "sub/a.md",
                FRONT_MATTER + "1. Basically agree.\n2. Assign the Ministry of Justice to finish the review"
                        + " before August 31, 2025.\nSource: https://example.org/a\nComment (0)\n");

        IngestedFile ingested = knowledgeBase().ingest(onlyFile());

        assertThat(ingested.file().name()).isEqualTo("sub/a.md");
        assertThat(ingested.document().number()).isEqualTo("183-KL/TW");
        assertThat(ingested.passages()).extracting(Passage::id).containsExactly("sub/a.md#1", "sub/a.md#2");
        assertThat(ingested.passages().get(1).text()).doesNotContain("Source:", "Comment");
    }

    @Test
    void ingestsEveryShippedDocument() {
        KnowledgeBase shipped = new FileSystemKnowledgeBase(
                new KnowledgeProperties(KnowledgeBaseTexts.FOLDER, 1200, 120, DataSize.ofMegabytes(20)));

        List<SourceFile> files = shipped.files();

        assertThat(files)
                .extracting(SourceFile::name)
                .contains("183-KL-TW_en.md", "183-KL-TW_sv.md", "KL-2025-05-16_en.md")
                .doesNotContain("README.md", "glossary.yaml");
        assertThat(files)
                .allSatisfy(file -> assertThat(shipped.ingest(file).passages()).isNotEmpty());
        assertThat(shipped.glossary().size()).isGreaterThan(50);
    }

    @Test
    void hasAnEmptyGlossaryWhenNoneIsShipped() {
        assertThat(knowledgeBase().glossary().size()).isZero();
    }

    @Test
    void readsTheTypingHabitsWithTheVietnameseWordListAndRereadsTheListWhenItChanges() throws IOException {
        write("question-typing.yaml", "words:\n  - \"khi nào\"\n");
        write("vietnamese-words.txt", "đang hưởng\n");
        KnowledgeBase knowledgeBase = knowledgeBase();

        assertThat(knowledgeBase.typingHabits().words()).containsExactly("khi nào");
        assertThat(knowledgeBase.typingHabits().vietnameseWords()).containsOnlyKeys("đang hưởng");

        write("vietnamese-words.txt", "đang hưởng\nđảng ủy 3\n");
        assertThat(knowledgeBase.typingHabits().vietnameseWords()).containsEntry("đảng ủy", 3L);
    }

    private KnowledgeBase knowledgeBase() {
        return new FileSystemKnowledgeBase(new KnowledgeProperties(folder, 1200, 120, DataSize.ofMegabytes(20)));
    }

    private SourceFile onlyFile() {
        List<SourceFile> files = knowledgeBase().files();
        assertThat(files).hasSize(1);
        return files.get(0);
    }

    private void write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void copyFixture(String name) throws IOException {
        try {
            Path fixture =
                    Path.of(getClass().getResource("/knowledge/files/" + name).toURI());
            Files.copy(fixture, folder.resolve(name));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
