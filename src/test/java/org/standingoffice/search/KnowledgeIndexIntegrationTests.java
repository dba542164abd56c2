package org.standingoffice.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Incremental reindexing of a knowledge base that changes under the running service: additions,
 * edits, removals and broken files, each visible to searches only once committed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@RecordApplicationEvents
class KnowledgeIndexIntegrationTests {

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
        registry.add("office.search.index-on-startup", () -> "false");
    }

    @Autowired
    KnowledgeIndex index;

    @Autowired
    Retriever retriever;

    @Autowired
    ApplicationEvents events;

    @Test
    void reindexPicksUpAddedChangedRemovedAndBrokenFiles() throws IOException {
        ReindexReport first = index.reindex();
        assertThat(first.added()).isEqualTo(5);
        assertThat(first.failures()).isEmpty();
        assertThat(index.reindex().unchanged()).isEqualTo(5);

        Path knowledgeBase = root.resolve("knowledge-base");
        Files.writeString(knowledgeBase.resolve("guidance.md"), """
                ---
                number: "01/HD-VPTT"
                title: "Guidance on seals of merged communes"
                type: guidance
                language: en
                ---
                1. Merged communes keep using the old seals until the new seals are issued, no later than 30 September 2025.
                """);
        Files.writeString(knowledgeBase.resolve("broken.md"), "no front matter at all");
        ReindexReport second = index.reindex();
        assertThat(second.added()).isEqualTo(1);
        assertThat(second.failures())
                .singleElement()
                .asString()
                .contains("broken.md")
                .contains("front matter");
        assertThat(retriever
                        .retrieve("seals of merged communes", 1)
                        .passages()
                        .get(0)
                        .passage()
                        .document()
                        .number())
                .isEqualTo("01/HD-VPTT");
        assertThat(events.stream(KnowledgeReindexed.class))
                .anySatisfy(event -> assertThat(event.changedDocuments()).containsExactly("01/HD-VPTT"));

        Files.writeString(
                knowledgeBase.resolve("guidance.md"),
                Files.readString(knowledgeBase.resolve("guidance.md")).replace("old seals", "previous stamps"));
        ReindexReport third = index.reindex();
        assertThat(third.updated()).isEqualTo(1);
        assertThat(retriever
                        .retrieve("seals of merged communes", 1)
                        .passages()
                        .get(0)
                        .passage()
                        .text())
                .as("the cached result of the same question is dropped on reindex")
                .contains("previous stamps");
        RetrievedPassage changed = retriever
                .retrieve("previous stamps of merged communes", 1)
                .passages()
                .get(0);
        assertThat(changed.passage().text()).contains("previous stamps");
        assertThat(changed.coverage())
                .as("the passage's words are analysed again after the change, not taken from before")
                .isEqualTo(1.0);

        Files.delete(knowledgeBase.resolve("guidance.md"));
        Files.delete(knowledgeBase.resolve("broken.md"));
        ReindexReport fourth = index.reindex();
        assertThat(fourth.removed()).isEqualTo(1);
        assertThat(fourth.changedDocuments()).isEqualTo(List.of("01/HD-VPTT"));
        assertThat(retriever.retrieve("previous stamps of merged communes", 3).passages())
                .noneSatisfy(
                        found -> assertThat(found.passage().document().number()).isEqualTo("01/HD-VPTT"));
    }
}
