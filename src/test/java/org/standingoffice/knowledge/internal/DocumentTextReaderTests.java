package org.standingoffice.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentTextReaderTests {

    private static final Path FIXTURES = Path.of("src/test/resources/knowledge/files");

    private final DocumentTextReader reader = new DocumentTextReader();

    @TempDir
    Path folder;

    @Test
    void readsThePdfsTextThroughTikasPdfParser() {
        assertThat(reader.read(FIXTURES.resolve("conclusion-99.pdf")))
                .contains("2.")
                .doesNotContain("%PDF");
    }

    @Test
    void readsTheDocxsTextWithItsVietnameseLetters() {
        assertThat(reader.read(FIXTURES.resolve("nghi-dinh-thu.docx"))).contains("Điều 1");
    }

    @Test
    void readsTheBodyTextOfHtmlWithoutItsMarkupOrScripts() throws IOException {
        Path page = Files.writeString(folder.resolve("notice.HTM"), """
                <!DOCTYPE html><html lang="vi"><head><title>Thông báo</title>
                <script>var tracker = "do-not-index";</script></head>
                <body><h1>Thông báo 412</h1><p>Các bộ <b>hoàn thành</b> trước ngày 15/8/2025.</p></body></html>
                """);

        String text = reader.read(page);

        assertThat(text).contains("Thông báo 412").contains("Các bộ hoàn thành trước ngày 15/8/2025.");
        assertThat(text).doesNotContain("<p>").doesNotContain("do-not-index");
    }

    @Test
    void aDamagedPdfIsAnIoFailureNamingTheFile() throws IOException {
        Path broken = Files.writeString(folder.resolve("broken.pdf"), "%PDF-1.7 this is not a PDF");

        assertThatThrownBy(() -> reader.read(broken))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("broken.pdf");
    }

    @Test
    void readsMarkdownAsItIs() throws IOException {
        Path note = Files.writeString(folder.resolve("note.md"), "# Điểm 1\n\nNội dung.\n");

        assertThat(reader.read(note)).isEqualTo("# Điểm 1\n\nNội dung.\n");
    }
}
