package org.standingoffice.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadWhenChangedTests {

    @TempDir
    Path dir;

    final AtomicInteger reads = new AtomicInteger();

    private String read(Path file) {
        reads.incrementAndGet();
        try {
            String text = Files.isRegularFile(file) ? Files.readString(file) : "none";
            if (text.equals("broken")) {
                throw new IllegalStateException("cannot parse " + file);
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anUnchangedFileIsParsedOnceAndAnEditedOneAgain() throws IOException {
        Path file = Files.writeString(dir.resolve("question-typing.yaml"), "one");
        ReadWhenChanged<String> habits = new ReadWhenChanged<>(file, this::read);

        assertThat(habits.get()).isEqualTo("one");
        assertThat(habits.get()).isEqualTo("one");
        assertThat(reads).hasValue(1);

        Files.writeString(file, "two");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

        assertThat(habits.get()).isEqualTo("two");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aMissingFileIsReadAsTheReaderSaysAndAFileAddedLaterIsRead() throws IOException {
        Path file = dir.resolve("glossary.yaml");
        ReadWhenChanged<String> glossary = new ReadWhenChanged<>(file, this::read);

        assertThat(glossary.get()).isEqualTo("none");
        assertThat(glossary.get()).isEqualTo("none");
        assertThat(reads).hasValue(1);

        Files.writeString(file, "terms");
        assertThat(glossary.get()).isEqualTo("terms");
    }

    @Test
    void aFileThatCannotBeReadIsNotKeptSoEveryCallReportsIt() throws IOException {
        Path file = Files.writeString(dir.resolve("question-typing.yaml"), "broken");
        ReadWhenChanged<String> habits = new ReadWhenChanged<>(file, this::read);

        assertThatThrownBy(habits::get).hasMessageContaining("cannot parse");
        assertThatThrownBy(habits::get).hasMessageContaining("cannot parse");
        assertThat(reads).hasValue(2);
    }
}
