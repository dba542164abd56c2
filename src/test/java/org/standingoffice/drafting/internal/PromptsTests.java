package org.standingoffice.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptsTests {

    @Test
    void theShippedCopyInTheJarIsTheSameAsThePromptsFolder() throws IOException {
        Path folder = Path.of("prompts");
        Path shipped = Path.of("src/main/resources/prompts");
        List<Path> templates;
        try (Stream<Path> files = Files.walk(folder)) {
            templates = files.filter(file -> file.toString().endsWith(".txt"))
                    .map(folder::relativize)
                    .sorted()
                    .toList();
        }
        try (Stream<Path> files = Files.walk(shipped)) {
            assertThat(files.filter(file -> file.toString().endsWith(".txt"))
                            .map(shipped::relativize)
                            .sorted())
                    .containsExactlyElementsOf(templates);
        }
        for (Path template : templates) {
            assertThat(Files.readString(shipped.resolve(template)))
                    .as(template.toString())
                    .isEqualTo(Files.readString(folder.resolve(template)));
        }
    }

    @Test
    void everyLanguageHasTheLayoutTemplatesAndEnglishHasAll() {
        Prompts prompts = Prompts.load(Path.of("does-not-exist"));

        for (String language : List.of("en", "vi", "sv")) {
            assertThat(prompts.render(language, "answer", Map.of("body", "BODY")))
                    .contains("BODY");
            assertThat(prompts.template(language, "system")).contains("needs_human");
        }
        assertThat(prompts.render("en", "rewrite", Map.of("question", "Q?"))).contains("<question>\nQ?\n");
    }

    @Test
    void aFileInThePromptsFolderOverridesTheShippedOneAndTheRestStay(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("vi"));
        Files.writeString(dir.resolve("vi/system.txt"), "Cán bộ sẽ trả lời.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("README.md"), "not a template");

        Prompts prompts = Prompts.load(dir);

        assertThat(prompts.template("vi", "system")).isEqualTo("Cán bộ sẽ trả lời.");
        assertThat(prompts.template("vi", "answer")).startsWith("Theo các văn bản");
    }

    @Test
    void aLanguageWithoutTemplatesGetsEnglish() {
        Prompts prompts = Prompts.load(Path.of("does-not-exist"));

        assertThat(prompts.template("fr", "answer")).isEqualTo(prompts.template("en", "answer"));
    }

    @Test
    void valuesAreInsertedOnceAndNeverReadAsPlaceholders() {
        Prompts prompts = Prompts.load(Path.of("does-not-exist"));

        assertThat(prompts.render("en", "answer", Map.of("body", "{{body}} and $1 \\")))
                .contains("{{body}} and $1 \\");
        assertThatThrownBy(() -> prompts.render("en", "answer", Map.of())).hasMessageContaining("{{body}}");
    }
}
