package org.standingoffice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standingoffice.knowledge.internal.GlossaryReader;

class GlossaryTests {

    private static final GlossaryTerm REVIEW = term("rà soát", "review", "granskning");
    private static final GlossaryTerm REGULATION = term("quy định", "regulation", "föreskrift");
    private static final GlossaryTerm OVERLAP = term("chồng chéo", "overlapping", "överlappning");
    private static final GlossaryTerm DECENTRALISATION = new GlossaryTerm(
            null,
            Map.of(
                    "vi", List.of("phân quyền", "phân định thẩm quyền"),
                    "en", List.of("decentralization", "delegation of power")));
    private static final GlossaryTerm COMMUNE_LEVEL = term("cấp xã", "commune level", "kommunnivå");

    private final Glossary glossary = new Glossary(
            List.of(REVIEW, REGULATION, OVERLAP, DECENTRALISATION, COMMUNE_LEVEL),
            Map.of("UBND", "Ủy ban nhân dân", "HĐND", "Hội đồng nhân dân", "TTHC", "thủ tục hành chính"));

    @Test
    void findsTermsTypedWithoutDiacritics() {
        assertThat(glossary.termsIn("ra soat quy dinh chong cheo")).containsExactly(REVIEW, REGULATION, OVERLAP);
    }

    @Test
    void findsTermsWhateverTheirCaseAndPunctuation() {
        assertThat(glossary.termsIn("RÀ SOÁT các Quy-Định, về PHÂN QUYỀN!"))
                .containsExactly(REVIEW, REGULATION, DECENTRALISATION);
        assertThat(glossary.termsIn("Who leads the Delegation  of Power?")).containsExactly(DECENTRALISATION);
    }

    @Test
    void findsTermsInEveryLanguage() {
        assertThat(glossary.termsIn("När är granskningen av föreskrift klar?")).containsExactly(REGULATION);
        assertThat(glossary.termsIn("overlapping regulation at commune level"))
                .containsExactly(REGULATION, OVERLAP, COMMUNE_LEVEL);
    }

    @Test
    void findsOnlyWholeWords() {
        assertThat(glossary.termsIn("the reviewer previewed the deregulation")).isEmpty();
        assertThat(glossary.termsIn("phân quyềnn cấp xãa")).isEmpty();
    }

    @Test
    void foldsCaseDiacriticsAndPunctuation() {
        assertThat(Glossary.fold("  Ủy ban Nhân dân, cấp   XÃ – Đà Nẵng! "))
                .isEqualTo("uy ban nhan dan cap xa da nang");
        assertThat(Glossary.fold("Điều 31")).isEqualTo("dieu 31");
    }

    @Test
    void appendsTheExpansionOfEachKnownAbbreviation() {
        assertThat(glossary.expandAbbreviations("UBND xã báo cáo HĐND về TTHC"))
                .isEqualTo("UBND xã báo cáo HĐND về TTHC Ủy ban nhân dân Hội đồng nhân dân thủ tục hành chính");
    }

    @Test
    void leavesUnknownAbbreviationsAndPartsOfWordsAlone() {
        assertThat(glossary.expandAbbreviations("Ask the PM about UBNDX and XUBND"))
                .isEqualTo("Ask the PM about UBNDX and XUBND");
        assertThat(glossary.expandAbbreviations("UBND-HĐND")).isEqualTo("UBND-HĐND Ủy ban nhân dân Hội đồng nhân dân");
    }

    @Test
    void findsNothingInAnEmptyGlossary() {
        assertThat(Glossary.empty().termsIn("rà soát quy định")).isEmpty();
        assertThat(Glossary.empty().expandAbbreviations("UBND")).isEqualTo("UBND");
        assertThat(Glossary.empty().size()).isZero();
    }

    @Test
    void loadsTheShippedGlossary() {
        Glossary shipped = new GlossaryReader().read(Path.of("knowledge-base", "glossary.yaml"));

        assertThat(shipped.size()).isGreaterThan(50);
        assertThat(shipped.termsIn("phân quyền"))
                .singleElement()
                .satisfies(term -> assertThat(term.variants("vi")).contains("phân quyền"))
                .satisfies(term -> assertThat(term.variants("en")).isNotEmpty());
        assertThat(shipped.termsIn("phan quyen")).isEqualTo(shipped.termsIn("phân quyền"));
        assertThat(shipped.termsIn("ra soat quy dinh chong cheo")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(shipped.expandAbbreviations("UBND")).isEqualTo("UBND Ủy ban nhân dân");
        assertThat(shipped.expandAbbreviations("Who adopted Conclusion 183-KL/TW and Notice 412/TB-VPCP?"))
                .as("a document number's issuer code is not an abbreviation the passage must spell out")
                .isEqualTo("Who adopted Conclusion 183-KL/TW and Notice 412/TB-VPCP?");
        assertThat(shipped.expandAbbreviations("KL 183 của TW")).isEqualTo("KL 183 của TW kết luận Trung ương");
        assertThat(shipped.topicsIn("Ai huong dan quan ly tai chinh, tai san cong doan?"))
                .contains("finance");
        assertThat(shipped.topicName("finance", "vi")).isEqualTo("Tài chính, tài sản");
    }

    @Test
    void readsTopicsAndFindsTheTopicsOfAQuestionOnceEach(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("glossary.yaml"), """
                topics:
                  finance: {vi: "Tài chính", en: "Finance"}
                  review: {en: "Review"}
                terms:
                  - topic: finance
                    vi: ["tài sản"]
                    en: ["assets"]
                  - topic: finance
                    vi: ["ngân sách"]
                  - topic: review
                    vi: ["rà soát"]
                  - vi: ["cấp xã"]
                """);

        Glossary read = new GlossaryReader().read(file);

        assertThat(read.topicsIn("Rà soát tài sản và ngân sách cấp xã")).containsExactly("finance", "review");
        assertThat(read.topicsIn("cap xa")).isEmpty();
        assertThat(read.termsIn("assets")).singleElement().satisfies(term -> {
            assertThat(term.topic()).isEqualTo("finance");
            assertThat(term.variantsByLanguage()).doesNotContainKey("topic");
        });
        assertThat(read.topicName("finance", "vi")).isEqualTo("Tài chính");
        assertThat(read.topicName("review", "vi"))
                .as("English when the language is missing")
                .isEqualTo("Review");
        assertThat(read.topicName("gone", "vi")).isEqualTo("gone");
    }

    @Test
    void rejectsATermOfAnUnlistedTopic(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(
                folder.resolve("glossary.yaml"),
                "topics:\n  finance: {en: Finance}\nterms:\n  - topic: land\n    vi: [đất]\n");

        assertThatThrownBy(() -> new GlossaryReader().read(file))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining("glossary.yaml")
                .hasMessageContaining("unknown topic 'land'");
    }

    @Test
    void readsAMissingGlossaryAsEmpty(@TempDir Path folder) {
        assertThat(new GlossaryReader().read(folder.resolve("glossary.yaml")).size())
                .isZero();
    }

    @Test
    void rejectsAGlossaryThatIsNotAMapping(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("glossary.yaml"), "- rà soát\n- quy định\n");

        assertThatThrownBy(() -> new GlossaryReader().read(file))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining("glossary.yaml")
                .hasMessageContaining("mapping");
    }

    @Test
    void readsAnAbbreviationWithoutExpansionWithoutABareException(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(
                folder.resolve("glossary.yaml"), "terms:\n  - vi: [\"rà soát\"]\nabbreviations:\n  UBND:\n");

        Throwable thrown = catchThrowable(() -> new GlossaryReader().read(file));

        assertThat(thrown)
                .satisfiesAnyOf(
                        nothing -> assertThat(nothing).isNull(),
                        clear -> assertThat(clear).isInstanceOf(IngestionException.class));
    }

    @Test
    void namesTheAbbreviationThatHasNoExpansion(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("glossary.yaml"), "abbreviations:\n  UBND:\n  HĐND: \"\"\n");

        assertThatThrownBy(() -> new GlossaryReader().read(file))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining("glossary.yaml")
                .hasMessageContaining("'UBND' has no expansion");
    }

    @Test
    void rejectsATermThatIsNotAMappingOfLanguages(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("glossary.yaml"), "terms:\n  - rà soát\n  -\n");

        assertThatThrownBy(() -> new GlossaryReader().read(file))
                .isInstanceOf(IngestionException.class)
                .hasMessageContaining("glossary.yaml")
                .hasMessageContaining("each term must be a mapping");
    }

    private static GlossaryTerm term(String vi, String en, String sv) {
        return new GlossaryTerm(null, Map.of("vi", List.of(vi), "en", List.of(en), "sv", List.of(sv)));
    }
}
