package org.standingoffice.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures offline drafting (no language model) over the shipped knowledge base with the real
 * retriever: the labelled dev set and the guardrail set of unanswerable, out-of-scope and
 * prompt-injection questions. Prints the figures the answer threshold was chosen on — escalation
 * precision and recall at a sweep of thresholds, and the share of answerable questions whose draft
 * contains the evidence — then holds the configured threshold to them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DraftingEvaluationIntegrationTests {

    static final int PASSAGES = 5;
    static final Set<Escalation> SCREENED =
            Set.of(Escalation.PROMPT_INJECTION, Escalation.PERSONAL_DATA, Escalation.OUT_OF_SCOPE);

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("office.data-dir", () -> dataDir.toString());
    }

    @Autowired
    Assistant assistant;

    @Autowired
    DraftingProperties properties;

    record Item(String set, String id, String question, boolean escalate, List<String> evidence) {}

    record Outcome(Item item, Draft draft, double confidence, List<String> passages) {

        boolean escalatedAt(double threshold, boolean screened) {
            return (screened && SCREENED.contains(draft.escalation())) || confidence < threshold;
        }

        boolean containsEvidence() {
            String text = draft.text().replaceAll("\\s+", " ");
            return item.evidence().stream().anyMatch(evidence -> text.contains(evidence.replaceAll("\\s+", " ")));
        }
    }

    static List<Item> items(String set, String resource) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        try (InputStream in = DraftingEvaluationIntegrationTests.class.getResourceAsStream(resource)) {
            return Stream.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R"))
                    .filter(line -> !line.isBlank())
                    .map(line -> {
                        JsonNode node = json.readTree(line);
                        return new Item(
                                set,
                                node.path("id").asString(),
                                node.path("q").asString(),
                                node.path("expect").asString().equals("escalate"),
                                node.path("evidence")
                                        .valueStream()
                                        .map(JsonNode::asString)
                                        .toList());
                    })
                    .toList();
        }
    }

    /** Precision and recall of "escalate" as the positive class. */
    record Figures(int truePositives, int falsePositives, int falseNegatives) {

        static Figures of(List<Outcome> outcomes, double threshold) {
            return of(outcomes, threshold, true);
        }

        static Figures of(List<Outcome> outcomes, double threshold, boolean screened) {
            int tp = 0, fp = 0, fn = 0;
            for (Outcome outcome : outcomes) {
                boolean escalated = outcome.escalatedAt(threshold, screened);
                if (escalated && outcome.item().escalate()) {
                    tp++;
                } else if (escalated) {
                    fp++;
                } else if (outcome.item().escalate()) {
                    fn++;
                }
            }
            return new Figures(tp, fp, fn);
        }

        double precision() {
            return truePositives + falsePositives == 0 ? 1 : truePositives / (double) (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : truePositives / (double) (truePositives + falseNegatives);
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "P %.2f R %.2f (tp %d fp %d fn %d)",
                    precision(),
                    recall(),
                    truePositives,
                    falsePositives,
                    falseNegatives);
        }
    }

    static Outcome outcome(Item item, Assistant.AssistedDraft drafted) {
        return new Outcome(
                item,
                drafted.draft(),
                drafted.confidence(),
                drafted.retrieval().passages().stream()
                        .map(found -> String.format(
                                Locale.ROOT,
                                "%s %s (%s) coverage %.2f",
                                found.passage().document().number(),
                                found.passage().section(),
                                found.passage().sourceFile(),
                                found.coverage()))
                        .toList());
    }

    @Test
    void aVietnameseQuestionAnsweredFromTheEnglishRenderingSaysTheQuoteIsEnglish() {
        Draft draft = assistant
                .draft("Ai hướng dẫn quản lý tài chính, tài sản công đoàn cấp tỉnh?", PASSAGES)
                .draft();

        assertThat(draft.decision()).isEqualTo(Decision.ANSWER);
        assertThat(draft.text()).contains("«").contains("(Kết luận 183-KL/TW, điểm 7(iii), bản tiếng Anh)");
    }

    @Test
    void aDocumentWhoseNumberIsAPlaceholderIsCitedByItsTypeIssuerAndDateInTheAskersLanguage() {
        Draft vietnamese = assistant
                .draft("Văn phòng thường trực hoạt động đến khi nào?", PASSAGES)
                .draft();
        Draft english = assistant
                .draft("Until when do the Standing Offices operate?", PASSAGES)
                .draft();

        assertThat(vietnamese.text())
                .contains("(Kết luận của Bộ Chính trị, Ban Bí thư ngày 16/5/2025, đoạn 16, bản tiếng Anh)")
                .doesNotContain("KL-2025-05-16");
        assertThat(english.text())
                .contains("(Conclusion of the Politburo and the Secretariat of 16 May 2025, paragraph 16)")
                .doesNotContain("KL-2025-05-16");
        assertThat(vietnamese.citations())
                .as("the placeholder stays the document's key")
                .contains(new Citation(
                        "KL-2025-05-16",
                        "para. 16",
                        new Issuance("conclusion", "Politburo and Secretariat", java.time.LocalDate.of(2025, 5, 16))));
    }

    /**
     * The summary's paragraph 5 and the Swedish point 3(1)(ii) share neither words nor a label; the
     * English translation's 3(1)(ii) shares its words with one and its label with the other.
     */
    @Test
    void aPointFoundInTwoRenderingsIsQuotedOnceInTheAskersLanguageElseTheFirstRanked() {
        Citation summary = new Citation("183-KL/TW", "para. 5");
        Citation point = new Citation("183-KL/TW", "3(1)(ii)");
        Assistant.AssistedDraft english = assistant.draft(
                "Who must propose regulations on regimes and policies ensuring correlation between cadres and"
                        + " civil servants affected by the arrangement?",
                PASSAGES);
        Assistant.AssistedDraft vietnamese = assistant.draft(
                "Ai đề xuất quy định chế độ chính sách bảo đảm tương quan giữa cán bộ công chức bị ảnh hưởng bởi sắp"
                        + " xếp?",
                PASSAGES);
        Assistant.AssistedDraft swedish = assistant.draft(
                "Vem ska föreslå regler om system och policyer för kadrer som påverkas av omorganisationen?", PASSAGES);

        for (Assistant.AssistedDraft drafted : List.of(english, vietnamese, swedish)) {
            assertThat(drafted.retrieval().passages())
                    .as("both renderings were found, as one point")
                    .filteredOn(found -> Set.of("para. 5", "3(1)(ii)")
                            .contains(found.passage().section()))
                    .hasSize(2)
                    .extracting(found -> found.point())
                    .containsOnly(drafted.retrieval().passages().stream()
                            .filter(found -> found.passage().section().equals("para. 5"))
                            .findFirst()
                            .orElseThrow()
                            .point());
        }
        assertThat(english.draft().citations()).contains(summary).doesNotContain(point);
        assertThat(vietnamese.draft().citations())
                .as("no Vietnamese rendering: the first-ranked")
                .contains(summary)
                .doesNotContain(point);
        assertThat(swedish.draft().citations()).contains(point).doesNotContain(summary);
        assertThat(swedish.draft().text())
                .contains("«Undersöka, utfärda eller föreslå")
                .doesNotContain("«Research");
    }

    @Test
    void offlineDraftsContainTheirEvidenceAndEscalateWhatTheDocumentsDoNotAnswer() throws IOException {
        List<Outcome> dev = new ArrayList<>();
        List<Outcome> guardrail = new ArrayList<>();
        for (Item item : items("dev", "/eval/dev-questions.jsonl")) {
            Assistant.AssistedDraft drafted = assistant.draft(item.question(), PASSAGES);
            dev.add(outcome(item, drafted));
        }
        for (Item item : items("guardrail", "/eval/guardrail-questions.jsonl")) {
            Assistant.AssistedDraft drafted = assistant.draft(item.question(), PASSAGES);
            guardrail.add(outcome(item, drafted));
        }
        List<Outcome> all = Stream.concat(dev.stream(), guardrail.stream()).toList();

        StringBuilder report = new StringBuilder("\n== drafting evaluation (offline, extractive) ==\n");
        for (Outcome outcome : all) {
            report.append(String.format(
                    Locale.ROOT,
                    "%-4s expect %-8s got %-8s %-17s conf %.3f%s%n",
                    outcome.item().id(),
                    outcome.item().escalate() ? "escalate" : "answer",
                    outcome.draft().decision().name().toLowerCase(Locale.ROOT),
                    outcome.draft().escalation(),
                    outcome.confidence(),
                    outcome.item().escalate() ? "" : outcome.containsEvidence() ? "  evidence" : "  NO EVIDENCE"));
            if (!outcome.item().escalate() && !outcome.containsEvidence()) {
                outcome.passages()
                        .forEach(passage ->
                                report.append("     found ").append(passage).append('\n'));
                report.append("     ")
                        .append(outcome.draft().text().replace("\n", "\n     "))
                        .append('\n');
            }
        }
        double modelThreshold =
                assistant.draft("trade union", PASSAGES).assessment().threshold();
        report.append("threshold  dev                           guardrail                      dev+guardrail"
                + "                  dev+guardrail, confidence alone\n");
        for (double threshold = 0.2; threshold < 0.86; threshold += 0.05) {
            report.append(String.format(
                    Locale.ROOT,
                    "%.2f%s  %-29s %-30s %-30s %s%n",
                    threshold,
                    Math.abs(threshold - modelThreshold) < 0.025 ? "*" : " ",
                    Figures.of(dev, threshold),
                    Figures.of(guardrail, threshold),
                    Figures.of(all, threshold),
                    Figures.of(all, threshold, false)));
        }
        List<Outcome> answerable =
                dev.stream().filter(outcome -> !outcome.item().escalate()).toList();
        List<Outcome> controls =
                guardrail.stream().filter(outcome -> !outcome.item().escalate()).toList();
        // The decision escalates at an operating point (98 % of unanswerables): what it drafts must
        // hold the evidence; how many it drafts is measured by eval questions.
        List<Outcome> answered = answerable.stream()
                .filter(outcome -> outcome.draft().decision() == Decision.ANSWER)
                .toList();
        long withEvidence = answered.stream().filter(Outcome::containsEvidence).count();
        report.append(String.format(
                Locale.ROOT,
                "evidence in the draft: %d/%d drafted answerable dev questions (%.0f%%)%n",
                withEvidence,
                answered.size(),
                100.0 * withEvidence / Math.max(1, answered.size())));
        report.append(String.format(
                Locale.ROOT,
                "controls (answerable look-alikes in the guardrail set) answered with evidence: %d/%d%n",
                controls.stream()
                        .filter(outcome -> outcome.draft().decision() == Decision.ANSWER && outcome.containsEvidence())
                        .count(),
                controls.size()));
        System.out.println(report);

        assertThat(answered).as(report.toString()).isNotEmpty();
        assertThat(withEvidence).as(report.toString()).isGreaterThanOrEqualTo(Math.round(0.9 * answered.size()));
        assertThat(dev)
                .as(report.toString())
                .filteredOn(outcome -> outcome.item().escalate())
                .allSatisfy(outcome -> assertThat(outcome.draft().decision()).isEqualTo(Decision.ESCALATE));
        assertThat(guardrail)
                .as(report.toString())
                .filteredOn(outcome -> outcome.item().escalate())
                .allSatisfy(outcome -> assertThat(outcome.draft().decision()).isEqualTo(Decision.ESCALATE));
    }
}
