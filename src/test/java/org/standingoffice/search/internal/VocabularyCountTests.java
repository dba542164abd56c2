package org.standingoffice.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.search.QuestionVocabulary;

/**
 * The share of a Vietnamese question's content words the glossary maps, over a real index of an
 * English passage (which shares no word with the question) and a Vietnamese one (which knows two
 * of its words, so they weigh less than the unseen ones).
 */
class VocabularyCountTests {

    @TempDir
    Path dir;

    private static final SourceDocument CONCLUSION = new SourceDocument(
            "183-KL/TW", "Conclusion", "conclusion", "Politburo", LocalDate.of(2025, 8, 1), "en", "", "", "", null);
    private static final SourceDocument RULES =
            new SourceDocument("1/QC", "Quy chế", "quy chế", "Bộ", LocalDate.of(2025, 8, 1), "vi", "", "", "", null);

    private static final GlossaryTerm STANDING_OFFICE = new GlossaryTerm(
            "institutions", Map.of("vi", List.of("văn phòng thường trực"), "en", List.of("standing offices")));
    private static final GlossaryTerm PEOPLES_COMMITTEE = new GlossaryTerm(
            "institutions", Map.of("vi", List.of("Ủy ban nhân dân"), "en", List.of("People's Committee")));
    private static final Glossary GLOSSARY = new Glossary(
            List.of(STANDING_OFFICE, PEOPLES_COMMITTEE),
            Map.of("UBND", "Ủy ban nhân dân"),
            Map.of("institutions", Map.of("en", "Institutions")));

    @Test
    void countsTheWordsAConceptCoversAndWeighsTheWordsTheIndexKnowsLess() throws Exception {
        QuestionVocabulary vocabulary = vocabulary("Văn phòng thường trực hoạt động đến khi nào?");

        // "đến khi nào" are question words; văn phòng thường trực hoạt động are content words.
        assertThat(vocabulary.words()).isEqualTo(6);
        assertThat(vocabulary.mapped()).isEqualTo(4);
        assertThat(vocabulary.known()).isEqualTo(2);
        assertThat(vocabulary.mappedShare()).isCloseTo(4.0 / 6, within(1e-9));
        // Two passages: an unseen word weighs ln(1 + 2.5/0.5), a word of one passage ln(1 + 1.5/1.5).
        double unseen = Math.log(6);
        double once = Math.log(2);
        assertThat(vocabulary.mappedWeightedShare()).isCloseTo(4 * unseen / (4 * unseen + 2 * once), within(1e-9));
        assertThat(vocabulary.knownWeightedShare()).isCloseTo(2 * once / (4 * unseen + 2 * once), within(1e-9));
    }

    @Test
    void leavesOutDatesAndNumbersAndCountsARepeatedWordOnce() throws Exception {
        QuestionVocabulary vocabulary =
                vocabulary("Ngày 25/10 văn phòng thường trực báo cáo 2 lần, văn phòng thường trực có báo cáo không?");

        // văn phòng thường trực báo cáo lần, each once; "25/10" and "2" are no words the glossary renders.
        assertThat(vocabulary.words()).isEqualTo(7);
        assertThat(vocabulary.mapped()).isEqualTo(4);
    }

    @Test
    void anAbbreviationTheGlossaryExpandsIntoAConceptIsMapped() throws Exception {
        QuestionVocabulary vocabulary = vocabulary("UBND hoạt động đến khi nào?");

        assertThat(vocabulary.words() - vocabulary.mapped())
                .as("only hoạt động is unmapped")
                .isEqualTo(2);
        assertThat(vocabulary.mapped()).isPositive();
    }

    @Test
    void aWordThatOnlyContainsAVariantIsNotMapped() throws Exception {
        QuestionVocabulary vocabulary = vocabulary("Phòng thường trực hoạt động đến khi nào?");

        assertThat(vocabulary.words()).isEqualTo(5);
        assertThat(vocabulary.mapped()).isZero();
    }

    @Test
    void poolsQuestionsByAddingTheirWordsAndHasNoShareWithoutWords() {
        QuestionVocabulary pooled =
                new QuestionVocabulary(4, 2, 1, 8, 6, 1).plus(new QuestionVocabulary(2, 0, 2, 2, 0, 2));

        assertThat(pooled).isEqualTo(new QuestionVocabulary(6, 2, 3, 10, 6, 3));
        assertThat(pooled.mappedShare()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(pooled.mappedWeightedShare()).isCloseTo(0.6, within(1e-9));
        assertThat(pooled.knownShare()).isCloseTo(0.5, within(1e-9));
        assertThat(QuestionVocabulary.none().mappedShare()).isNaN();
        assertThat(QuestionVocabulary.none().knownWeightedShare()).isNaN();
    }

    private QuestionVocabulary vocabulary(String question) throws Exception {
        Passage english = new Passage(
                "en#1", CONCLUSION, "en.md", "1", "Point 1", "The standing offices operate until October.", List.of());
        Passage vietnamese = new Passage("vi#1", RULES, "vi.md", "1", "Điều 1", "Hoạt động của tổ.", List.of());
        try (LucenePassageIndex passages = new LucenePassageIndex(dir.resolve("index"))) {
            passages.replace(new SourceFile("en.md", dir.resolve("en.md"), "h"), List.of(english));
            passages.replace(new SourceFile("vi.md", dir.resolve("vi.md"), "h"), List.of(vietnamese));
            passages.commit();
            SearchEngine engine =
                    new SearchEngine(passages, new QuestionLanguage(), TestSearchProperties.at(dir.resolve("index")));
            engine.indexChanged(GLOSSARY);
            return engine.retrieve(question, 2).signals().vocabulary();
        }
    }
}
