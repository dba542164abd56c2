package org.standingoffice.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standingoffice.knowledge.IngestionException;
import org.standingoffice.knowledge.TypingHabits;

class TypingHabitsReaderTests {

    @TempDir
    Path dir;

    private final TypingHabitsReader reader = new TypingHabitsReader();

    @Test
    void readsTheCourtesySection() throws IOException {
        TypingHabits habits = reader.read(write("""
                words:
                  - "khi nào"
                courtesy:
                  thanks:
                    - "cam on"
                    - " ok "
                  words:
                    - "a"
                    - "nhe"
                  greetings:
                    - "xin chao"
                """));

        assertThat(habits.courtesyThanks()).containsExactly("cam on", "ok");
        assertThat(habits.courtesyWords()).containsExactly("a", "nhe");
        assertThat(habits.courtesyGreetings()).containsExactly("xin chao");
        assertThat(habits.words()).containsExactly("khi nào");
    }

    @Test
    void aFileWithoutTheSectionHasNoCourtesyWords() throws IOException {
        TypingHabits habits = reader.read(write("words:\n  - \"khi nào\"\n"));

        assertThat(habits.courtesyThanks()).isEmpty();
        assertThat(habits.courtesyWords()).isEmpty();
    }

    @Test
    void theShippedFileListsCourtesyWords() {
        TypingHabits habits = reader.read(Path.of("knowledge-base/question-typing.yaml"));

        assertThat(habits.courtesyThanks()).contains("cam on", "thanks", "ok", "tack");
        assertThat(habits.courtesyWords()).contains("a", "nhe", "much", "mycket");
    }

    @Test
    void aCourtesySectionThatIsNotAMappingIsRejectedNamingTheFile() throws IOException {
        Path file = write("courtesy:\n  - \"cam on\"\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("'courtesy'");
    }

    @Test
    void thanksThatAreNotAListAreRejectedNamingTheFile() throws IOException {
        Path file = write("courtesy:\n  thanks: \"cam on\"\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("courtesy.thanks");
    }

    @Test
    void anEmptyEntryIsRejected() throws IOException {
        Path file = write("courtesy:\n  thanks:\n    - \"ok\"\n    -\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining("courtesy.thanks");
    }

    @Test
    void aPhraseAmongTheSingleCourtesyWordsIsRejected() throws IOException {
        Path file = write("courtesy:\n  words:\n    - \"a\"\n    - \"rat nhieu\"\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("rat nhieu");
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("question-typing.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }
}
