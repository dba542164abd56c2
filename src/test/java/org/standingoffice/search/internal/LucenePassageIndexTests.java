package org.standingoffice.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standingoffice.knowledge.Deadline;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.knowledge.SourceFile;

class LucenePassageIndexTests {

    @TempDir
    Path dir;

    private static Passage passage(String file, String section) {
        SourceDocument document = new SourceDocument(
                "183-KL/TW", "Conclusion", "conclusion", "Politburo", LocalDate.of(2025, 8, 1), "en", "", "", "", null);
        Deadline deadline = new Deadline(
                "before August 31, 2025", LocalDate.of(2025, 8, 31), null, "Ministry of Justice", "review the law");
        return new Passage(
                file + "#" + section,
                document,
                file,
                section,
                "3.",
                "The Ministry of Justice reviews.",
                List.of(deadline));
    }

    @Test
    void changesAreInvisibleUntilCommittedAndStoredPassagesRoundTrip() throws Exception {
        try (LucenePassageIndex index = new LucenePassageIndex(dir)) {
            index.replace(new SourceFile("a.md", dir.resolve("a.md"), "h1"), List.of(passage("a.md", "3(2)")));
            assertThat(index.passageCount()).isZero();

            index.commit();

            assertThat(index.passageCount()).isEqualTo(1);
            assertThat(index.indexedFiles()).containsEntry("a.md", "h1");
            assertThat(index.passages(new MatchAllDocsQuery()))
                    .filteredOn(found -> found.id() != null)
                    .singleElement()
                    .isEqualTo(passage("a.md", "3(2)"));
        }
    }

    @Test
    void aSecondProcessOnTheSameIndexSearchesReadOnlyAndSeesNewCommitsAfterRefresh() throws Exception {
        try (LucenePassageIndex writer = new LucenePassageIndex(dir)) {
            writer.replace(new SourceFile("a.md", dir.resolve("a.md"), "h1"), List.of(passage("a.md", "1")));
            writer.commit();
            try (LucenePassageIndex reader = new LucenePassageIndex(dir)) {
                assertThat(reader.isReadOnly()).isTrue();
                assertThat(reader.passageCount()).isEqualTo(1);
                assertThatThrownBy(() -> reader.remove("a.md"))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("another process");

                writer.replace(new SourceFile("b.md", dir.resolve("b.md"), "h2"), List.of(passage("b.md", "2")));
                writer.commit();
                reader.refresh();

                assertThat(reader.passageCount()).isEqualTo(2);
            }
        }
    }
}
