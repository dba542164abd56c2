package org.standingoffice.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;

class PassageCutterTests {

    private static final SourceDocument DOCUMENT = new SourceDocument(
            "183-KL/TW",
            "Conclusion No. 183-KL/TW",
            "conclusion",
            "Politburo and Secretariat",
            LocalDate.of(2025, 8, 1),
            "en",
            "",
            "",
            "",
            null);

    private final SentenceSplitter sentences = new SentenceSplitter();

    @Test
    void cutsConclusion183IntoPassagesNamedAfterFileAndSection() {
        List<Passage> passages = new PassageCutter(1200, 120).cut("183-KL-TW_en.md", DOCUMENT, body183());

        assertThat(passages)
                .extracting(Passage::id)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("183-KL-TW_en.md#"));
        assertThat(passages).extracting(Passage::id).contains("183-KL-TW_en.md#4(2)", "183-KL-TW_en.md#3(1)(ii)");
        assertThat(passages).allSatisfy(passage -> {
            assertThat(passage.document()).isEqualTo(DOCUMENT);
            assertThat(passage.sourceFile()).isEqualTo("183-KL-TW_en.md");
            assertThat(passage.text()).hasSizeLessThanOrEqualTo(1200);
        });
    }

    @Test
    void attachesTheDeadlinesOfEachPassage() {
        List<Passage> passages = new PassageCutter(1200, 120).cut("183-KL-TW_en.md", DOCUMENT, body183());

        assertThat(passage(passages, "4(2)").deadlines())
                .singleElement()
                .satisfies(deadline -> assertThat(deadline.due()).isEqualTo(LocalDate.of(2025, 8, 31)));
        assertThat(passage(passages, "9").deadlines())
                .singleElement()
                .satisfies(deadline -> assertThat(deadline.dayOfMonth()).isEqualTo(25));
        assertThat(passage(passages, "8").deadlines()).isEmpty();
        assertThat(passage(passages, "para. 2").deadlines())
                .as("dated and 'at the meeting on' dates")
                .isEmpty();
    }

    @Test
    void givesTheContextualTextItsHeading() {
        List<Passage> passages = new PassageCutter(1200, 120).cut("183-KL-TW_en.md", DOCUMENT, body183());

        assertThat(passage(passages, "4(1)").contextualText())
                .startsWith("Assign ministries, departments, branches and localities:\nUrgently complete the tasks");
        assertThat(passage(passages, "8").contextualText())
                .isEqualTo(passage(passages, "8").text());
    }

    @Test
    void keepsASectionWithinTheLimitWholeWithoutAPartNumber() {
        List<Passage> passages =
                new PassageCutter(200, 120).cut("doc.md", DOCUMENT, "1. A short point.\n2. Another one.");

        assertThat(passages).extracting(Passage::id).containsExactly("doc.md#1", "doc.md#2");
    }

    @Test
    void splitsALongSectionAtSentenceBoundaries() {
        List<String> written = IntStream.rangeClosed(1, 12)
                .mapToObj(n -> "Sentence number " + n + " tells the communes what to do in the month of August.")
                .toList();
        String point = "1. " + String.join(" ", written);

        List<Passage> passages = new PassageCutter(200, 120).cut("doc.md", DOCUMENT, point);

        assertThat(passages.size()).isGreaterThan(1);
        assertThat(passages)
                .extracting(Passage::id)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, passages.size())
                        .mapToObj(n -> "doc.md#1~" + n)
                        .toList());
        assertThat(passages).allSatisfy(passage -> {
            assertThat(passage.section()).isEqualTo("1");
            assertThat(passage.text())
                    .hasSizeLessThanOrEqualTo(200)
                    .startsWith("Sentence number")
                    .endsWith("August.");
        });
        assertThat(passages.stream().flatMap(passage -> sentences.sentences(passage.text()).stream()))
                .containsExactlyElementsOf(written);
    }

    @Test
    void breaksAnOverlongSentenceAfterItsSemicolons() {
        String clause = "the commune reviews the applications of citizens and businesses within five working days";
        String sentence =
                IntStream.rangeClosed(1, 6).mapToObj(n -> clause + " " + n).collect(Collectors.joining("; ")) + ".";

        List<Passage> passages = new PassageCutter(200, 120).cut("doc.md", DOCUMENT, "1. " + sentence);

        assertThat(passages.size()).isGreaterThan(1);
        assertThat(passages).allSatisfy(passage -> assertThat(passage.text()).hasSizeLessThanOrEqualTo(200));
        assertThat(passages.get(0).text()).startsWith(clause + " 1;");
        assertThat(passages.get(passages.size() - 1).text()).endsWith(clause + " 6.");
    }

    @Test
    void exceedsTheLimitOnlyWithASingleClauseThatCannotBeBroken() {
        String unbreakable =
                "1. " + "the commune keeps serving citizens ".repeat(10).strip() + " without a pause.";
        String text = unbreakable + " It reports monthly. It reports to the province.";

        List<Passage> passages = new PassageCutter(200, 120).cut("doc.md", DOCUMENT, text);

        assertThat(passages).extracting(Passage::id).containsExactly("doc.md#1~1", "doc.md#1~2");
        assertThat(passages.get(0).text()).hasSizeGreaterThan(200).endsWith("without a pause.");
        assertThat(passages.get(1).text()).isEqualTo("It reports monthly. It reports to the province.");
    }

    @Test
    void respectsTheLimitOnTheRealConclusionExceptForUnbreakableClauses() {
        int limit = 250;
        List<Passage> passages = new PassageCutter(limit, 120).cut("183-KL-TW_en.md", DOCUMENT, body183());

        assertThat(passages)
                .filteredOn(passage -> passage.text().length() > limit)
                .allSatisfy(passage -> {
                    assertThat(sentences.sentences(passage.text())).hasSize(1);
                    assertThat(passage.text()).doesNotContainPattern(";\\s");
                });
        assertThat(passages).extracting(Passage::id).doesNotHaveDuplicates().contains("183-KL-TW_en.md#6~1");
    }

    @Test
    void givesRepeatedLabelsDistinctIds() {
        String text = "1. The first list starts here.\n2. It goes on.\n1. A second list starts again.";

        List<Passage> passages = new PassageCutter(1200, 120).cut("doc.md", DOCUMENT, text);

        assertThat(passages).extracting(Passage::id).containsExactly("doc.md#1", "doc.md#2", "doc.md#1/2");
    }

    @Test
    void numbersUnnumberedParagraphs() {
        String text = "The first paragraph has no number at all.\nThe second paragraph has none either.";

        List<Passage> passages = new PassageCutter(1200, 120).cut("doc.md", DOCUMENT, text);

        assertThat(passages).extracting(Passage::section).containsExactly("para. 1", "para. 2");
        assertThat(passages).extracting(Passage::id).containsExactly("doc.md#para. 1", "doc.md#para. 2");
    }

    private static String body183() {
        return KnowledgeBaseTexts.body("183-KL-TW_en.md");
    }

    private static Passage passage(List<Passage> passages, String section) {
        return passages.stream()
                .filter(passage -> passage.section().equals(section))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section " + section));
    }
}
