package org.standingoffice.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standingoffice.knowledge.IngestionException;

class VietnameseWordsReaderTests {

    @TempDir
    Path dir;

    private final VietnameseWordsReader reader = new VietnameseWordsReader();

    @Test
    void readsPhrasesWithTheirFrequenciesInLowerCaseAndComposedForm() throws IOException {
        String decomposed = Normalizer.normalize("Đảng ủy", Normalizer.Form.NFD);
        var words = reader.read(write("""
                # a comment
                đang   1500
                %s 900   # the Party committee

                cán  bộ
                đang 20
                """.formatted(decomposed)));

        assertThat(words).containsOnlyKeys("đang", "đảng ủy", "cán bộ");
        assertThat(words.get("đang")).isEqualTo(1500L);
        assertThat(words.get("đảng ủy")).isEqualTo(900L);
        assertThat(words.get("cán bộ")).isEqualTo(1L);
    }

    @Test
    void aLineThatIsNotAPhraseIsRejectedNamingTheFileAndLine() throws IOException {
        Path file = write("đang\nUBND-2025\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("line 2");
    }

    @Test
    void aFrequencyOfNothingIsRejected() throws IOException {
        Path file = write("đang 0\n");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(IngestionException.class);
    }

    @Test
    void noFileIsNoWords() {
        assertThat(reader.read(dir.resolve("missing.txt"))).isEmpty();
    }

    private Path write(String content) throws IOException {
        Path file = dir.resolve("vietnamese-words.txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
