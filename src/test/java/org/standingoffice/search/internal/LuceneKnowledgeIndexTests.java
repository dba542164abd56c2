package org.standingoffice.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.IngestedFile;
import org.standingoffice.knowledge.IngestionException;
import org.standingoffice.knowledge.KnowledgeBase;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.search.ReindexProgress;
import org.standingoffice.search.ReindexReport;
import org.standingoffice.search.SearchProperties;

/** What a reindex says about itself while it runs, as the console's progress bar shows it. */
class LuceneKnowledgeIndexTests {

    @TempDir
    Path dir;

    final CountDownLatch secondFileReached = new CountDownLatch(1);
    final CountDownLatch goOn = new CountDownLatch(1);

    @Test
    void aRunningReindexNamesTheFileItIsOnAndEndsWithItsReport() throws Exception {
        SearchProperties properties = TestSearchProperties.at(dir.resolve("index"));
        try (LucenePassageIndex passages = new LucenePassageIndex(properties.indexDir())) {
            LuceneKnowledgeIndex index = new LuceneKnowledgeIndex(
                    new SlowKnowledgeBase(),
                    passages,
                    new SearchEngine(passages, new QuestionLanguage(), properties),
                    event -> {});
            assertThat(index.progress().state()).isEqualTo(ReindexProgress.State.IDLE);

            CompletableFuture<ReindexReport> run = CompletableFuture.supplyAsync(index::reindex);
            assertThat(secondFileReached.await(30, TimeUnit.SECONDS)).isTrue();

            ReindexProgress running = index.progress();
            assertThat(running.state()).isEqualTo(ReindexProgress.State.RUNNING);
            assertThat(running.done()).isEqualTo(1);
            assertThat(running.total()).isEqualTo(3);
            assertThat(running.currentFile()).isEqualTo("b.md");

            goOn.countDown();
            ReindexReport report = run.get(30, TimeUnit.SECONDS);
            await().atMost(Duration.ofSeconds(5)).until(() -> !index.progress().active());
            assertThat(index.progress().state()).isEqualTo(ReindexProgress.State.FINISHED);
            assertThat(index.progress().report()).isEqualTo(report);
            assertThat(report.added()).isEqualTo(2);
            assertThat(report.failures()).singleElement().asString().contains("c.md");
        }
    }

    /** Three files: a.md ingests at once, b.md waits for the test, c.md is broken. */
    private final class SlowKnowledgeBase implements KnowledgeBase {

        @Override
        public List<SourceFile> files() {
            return List.of(file("a.md"), file("b.md"), file("c.md"));
        }

        @Override
        public IngestedFile ingest(SourceFile file) {
            if (file.name().equals("b.md")) {
                secondFileReached.countDown();
                try {
                    goOn.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (file.name().equals("c.md")) {
                throw new IngestionException("c.md: no front matter");
            }
            SourceDocument document =
                    new SourceDocument("01/HD", "Guidance", "guidance", "Office", null, "en", "", "", "", null);
            Passage passage = new Passage(
                    file.name() + "#1", document, file.name(), "1", "", "Communes keep their seals.", List.of());
            return new IngestedFile(file, document, List.of(passage));
        }

        @Override
        public Glossary glossary() {
            return Glossary.empty();
        }

        private SourceFile file(String name) {
            return new SourceFile(name, dir.resolve(name), "hash-" + name);
        }
    }
}
