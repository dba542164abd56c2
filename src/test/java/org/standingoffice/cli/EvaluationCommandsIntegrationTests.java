package org.standingoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.standingoffice.StandingOfficeApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eval} and {@code calibrate} as the jar runs them, on a three-item labelled file over the
 * shipped knowledge base: an answerable question, an on-topic one no document answers, and the first
 * one again with its answering passage (every rendering) left out of a scratch index. Breaking
 * retrieval, the decision, the leave-out index or the shipped model fails it.
 */
class EvaluationCommandsIntegrationTests {

    @TempDir
    Path dataDir;

    @RegisterExtension
    final StandardStreams streams = new StandardStreams();

    /** Runs a command of the jar over a fresh data dir. */
    private int run(String... args) {
        String[] withDataDir = Arrays.copyOf(args, args.length + 2);
        withDataDir[args.length] = "--data-dir";
        withDataDir[args.length + 1] = dataDir.toString();
        return CommandLine.run(StandingOfficeApplication.class, withDataDir);
    }

    @Test
    void aTinyLabelledFileIsRecalledDraftedAndEscalatedAsLabelled() throws Exception {
        int status = run("eval", "questions", "src/test/resources/eval/tiny-labelled.jsonl", "--json");

        assertThat(status).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(streams.out());
        // The model file shipped in the jar is the one the application loaded at start.
        String shipped;
        try (InputStream in = getClass().getResourceAsStream("/drafting/decision-model.json")) {
            shipped = JsonMapper.builder().build().readTree(in).path("version").asString();
        }
        assertThat(report.path("model").asString()).isEqualTo(shipped);

        Map<String, JsonNode> items = new HashMap<>();
        report.path("items").forEach(item -> items.put(item.path("id").asString(), item));
        assertThat(items.get("t1").path("evidence_rank").asInt()).isBetween(1, 3);
        assertThat(items.get("t1").path("decision").asString()).isEqualTo("answer");
        assertThat(items.get("t1").path("draft_has_evidence").asBoolean()).isTrue();
        assertThat(items.get("t1").path("quotes_verbatim").asBoolean()).isTrue();
        assertThat(items.get("t2").path("decision").asString()).isEqualTo("escalate");
        // Asked of an index without the answering point, the same question must be escalated.
        assertThat(items.get("t3").path("decision").asString()).isEqualTo("escalate");
        assertThat(items.get("t3").path("confidence").asDouble())
                .isLessThan(items.get("t1").path("confidence").asDouble());

        JsonNode all = report.path("slices").get(0);
        assertThat(all.path("name").asString()).isEqualTo("all");
        assertThat(all.path("recallAt3").asDouble()).isEqualTo(1.0);
        assertThat(all.path("drafted").asDouble()).isEqualTo(1.0);
        assertThat(all.path("escalated").asDouble()).isEqualTo(1.0);
        assertThat(all.path("falseEscalations").asInt()).isZero();
    }

    @Test
    void withCounterfactualsEachAnswerableItemIsAskedAgainWithoutItsAnsweringPassages() throws Exception {
        int status =
                run("eval", "questions", "src/test/resources/eval/tiny-labelled.jsonl", "--json", "--counterfactuals");

        assertThat(status).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(streams.out());
        assertThat(report.path("items")).hasSize(4);
        JsonNode counterfactual = report.path("items").get(3);
        assertThat(counterfactual.path("group").asString()).isEqualTo("counterfactual");
        assertThat(counterfactual.path("expect").asString()).isEqualTo("escalate");
        assertThat(counterfactual.path("decision").asString()).isEqualTo("escalate");
        // Its passages are those of an index without the answering point: t1's evidence is not among them.
        assertThat(counterfactual.path("confidence").asDouble())
                .isLessThan(report.path("items").get(0).path("confidence").asDouble());
    }

    @Test
    void diacriticsFoldsTheQuestionsTypedWithThemAndCountsTheSyllablesReadBack() throws Exception {
        int status = run("eval", "diacritics", "src/test/resources/eval/tiny-diacritics.jsonl");

        assertThat(status).isZero();
        String report = streams.out();
        // Only d1 is Vietnamese typed with diacritics; its 18 accented syllables are read back
        // from the shipped word list, "đang" of "đang hưởng" among them.
        assertThat(report).contains("1 Vietnamese questions typed with diacritics");
        assertThat(report)
                .containsPattern("syllables with diacritics +\\d+ +restored right 1\\.000 +restored wrong 0\\.000");
    }

    @Test
    void eachAnswerableQuestionIsAlsoFittedOnAsACounterfactualUnanswerableOne() throws Exception {
        Path model = dataDir.resolve("model.json");

        int status = run(
                "calibrate",
                "src/test/resources/eval/tiny-labelled.jsonl",
                "--alqac",
                "none",
                "--out",
                model.toString());

        assertThat(status).isZero();
        assertThat(streams.out()).contains("3 questions, 1 counterfactual");
        JsonNode fittedOn = JsonMapper.builder()
                .build()
                .readTree(Files.readString(model))
                .path("regimes")
                .path("*")
                .path("fitted_on");
        assertThat(fittedOn.path("examples").asInt()).isEqualTo(4);
        assertThat(fittedOn.path("unanswerable").asInt()).isEqualTo(3);
        assertThat(fittedOn.path("counterfactual").asInt()).isEqualTo(1);
    }

    @Test
    void theFeaturesFileNamesEachExamplesAnsweringUnitAndWhetherItIsCounterfactual() throws Exception {
        Path features = dataDir.resolve("features.csv");

        int status = run(
                "calibrate",
                "src/test/resources/eval/tiny-labelled.jsonl",
                "--alqac",
                "none",
                "--features",
                features.toString(),
                "--dry-run");

        assertThat(status).isZero();
        List<String> lines = Files.readAllLines(features);
        assertThat(lines.get(0)).startsWith("group,id,unit,counterfactual,right,unanswerable,regime,");
        Map<String, String[]> byId = new HashMap<>();
        lines.stream().skip(1).map(line -> line.split(",")).forEach(row -> byId.put(row[1], row));
        // The question asked without its evidence falls in the fold of the question as asked.
        assertThat(byId.get("counterfactual-t1")[3]).isEqualTo("1");
        assertThat(byId.get("t1")[3]).isEqualTo("0");
        assertThat(byId.get("counterfactual-t1")[2]).isNotEmpty().isEqualTo(byId.get("t1")[2]);
    }
}
