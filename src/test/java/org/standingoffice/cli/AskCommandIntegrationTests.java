package org.standingoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.standingoffice.StandingOfficeApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code ask} contract other tools depend on, run as the jar runs it: its own application
 * context, standard input and output, the shipped knowledge base indexed into a fresh data dir.
 */
class AskCommandIntegrationTests {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    private int run(String stdin, String... args) {
        streams.input(stdin);
        return CommandLine.run(StandingOfficeApplication.class, args);
    }

    private List<String> outputLines() {
        return streams.out().lines().toList();
    }

    @Test
    void jsonLinesInGiveOneJsonAnswerPerLineOut() {
        String questions = """
                {"id": "q1", "q": "Which ministry must review contradictory provisions on decentralization between laws, decrees and circulars?"}
                How many public holidays do commune officials get in 2026?
                """;

        int status = run(questions, "ask", "--json", "--top", "2", "--data-dir", dataDir.toString());

        assertThat(status).isZero();
        List<String> lines = outputLines();
        assertThat(lines).hasSize(2);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode answered = json.readTree(lines.get(0));
        assertThat(answered.path("id").asString()).isEqualTo("q1");
        assertThat(answered.path("language").asString()).isEqualTo("en");
        assertThat(answered.path("decision").asString()).isEqualTo("answer");
        assertThat(answered.path("confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(answered.path("passages")).hasSize(2);
        assertThat(answered.path("passages")
                        .valueStream()
                        .map(passage -> passage.path("text").asString()))
                .anyMatch(text -> text.contains("Ministry of Justice"));
        JsonNode first = answered.path("passages").get(0);
        for (String field : List.of("document", "title", "language", "source", "score", "text")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(answered.path("draft").asString()).contains("Ministry of Justice");
        List<String> sections = answered.path("passages")
                .valueStream()
                .map(passage -> passage.path("section").asString())
                .toList();
        assertThat(answered.path("citations")
                        .valueStream()
                        .map(citation -> citation.path("section").asString()))
                .isNotEmpty()
                .allMatch(sections::contains);

        JsonNode escalated = json.readTree(lines.get(1));
        assertThat(escalated.path("id").asString()).isEqualTo("2");
        assertThat(escalated.path("decision").asString()).isEqualTo("escalate");
        assertThat(escalated.path("passages")).isNotEmpty();
    }

    @Test
    void aBrokenJsonLineIsReportedOnStandardErrorAndTheRestAnswered() {
        int status = run(
                "{\"id\": \"x\"}\n{\"id\": \"y\", \"q\": \"183 KL TW\"}\n",
                "ask",
                "--json",
                "--data-dir",
                dataDir.toString());

        assertThat(status).isEqualTo(1);
        assertThat(outputLines()).as(streams.out()).singleElement().asString().contains("\"id\":\"y\"");
        assertThat(streams.err()).contains("Line 1");
    }

    @Test
    void aQuestionOnTheCommandLineIsAnsweredForAPerson() {
        int status =
                run("", "ask", "--data-dir", dataDir.toString(), "When did the Government Office issue 412/TB-VPCP?");

        assertThat(status).isZero();
        assertThat(streams.out()).contains("412/TB-VPCP").contains("August 11");
    }

    @Test
    void aPersonSeesHowAQuestionTypedOnAPhoneWasRead() {
        int status = run("", "ask", "--data-dir", dataDir.toString(), "cho em hoi thong bao 412 ban hanh ngay nao a");

        assertThat(status).isZero();
        assertThat(streams.out())
                .containsPattern(": thông báo 412 ban hành ngày nào\\R")
                .doesNotContain("cho em hoi");
    }

    @Test
    void badOptionsAreRefusedWithUsage() {
        assertThat(run("", "ask", "--bogus")).isEqualTo(2);
        assertThat(run("", "ask", "--top", "zero", "--data-dir", dataDir.toString(), "q"))
                .isEqualTo(2);
        assertThat(streams.err()).contains("--bogus").contains("--top");
    }

    @Test
    void reindexReportsWhatChangedAndIsIncremental() {
        assertThat(run("", "reindex", "--data-dir", dataDir.toString())).isZero();
        assertThat(outputLines().get(0)).startsWith("5 added, 0 updated, 0 removed, 0 unchanged");
        streams.resetOut();

        assertThat(run("", "reindex", "--data-dir", dataDir.toString())).isZero();
        assertThat(outputLines().get(0)).startsWith("0 added, 0 updated, 0 removed, 5 unchanged");
    }
}
