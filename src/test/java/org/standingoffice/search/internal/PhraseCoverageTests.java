package org.standingoffice.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievedPassage;
import org.standingoffice.search.SearchProperties;

/**
 * Phrase coverage over a real index: two articles of one law share nearly every syllable of a
 * question, and only the one that says what it asks carries its pairs of adjacent syllables, the
 * Vietnamese words themselves.
 */
class PhraseCoverageTests {

    @TempDir
    Path dir;

    private static final SourceDocument LAW = new SourceDocument(
            "45/2019/QH14", "Bộ luật Lao động", "law", "Quốc hội", LocalDate.of(2019, 11, 20), "vi", "", "", "", null);

    private static Passage article(String number, String text) {
        return new Passage("law.md#" + number, LAW, "law.md", number, "Điều " + number, text, List.of());
    }

    private static Passage titled(String number, String title, String text) {
        return new Passage("law.md#" + number, LAW, "law.md", number, title, text, List.of());
    }

    @Test
    void theArticleThatSaysWhatIsAskedCarriesTheQuestionsPhrasesAndTheOtherDoesNot() throws Exception {
        SearchProperties properties = TestSearchProperties.at(dir.resolve("index"));
        Passage answers = article(
                "35",
                "Người lao động có quyền đơn phương chấm dứt hợp đồng lao động nhưng phải báo trước cho người sử dụng lao động.");
        Passage sharesWords = article(
                "36",
                "Người sử dụng lao động có quyền chấm dứt hợp đồng khi người lao động không có mặt tại nơi làm việc.");
        Passage unrelated = article("90", "Tiền lương được trả cho người lao động căn cứ vào năng suất lao động.");
        try (LucenePassageIndex passages = new LucenePassageIndex(properties.indexDir())) {
            passages.replace(
                    new SourceFile("law.md", dir.resolve("law.md"), "h"), List.of(answers, sharesWords, unrelated));
            passages.commit();
            SearchEngine engine = new SearchEngine(passages, new QuestionLanguage(), properties);
            engine.indexChanged(Glossary.empty());

            RetrievalResult result =
                    engine.retrieve("Người lao động có được đơn phương chấm dứt hợp đồng lao động không?", 3);

            assertThat(result.passages())
                    .extracting(found -> found.passage().id())
                    .startsWith(answers.id());
            double answering = phrases(result, answers);
            assertThat(answering).isGreaterThan(0.8).isLessThanOrEqualTo(1);
            assertThat(phrases(result, sharesWords)).isLessThan(answering - 0.2);
        }
    }

    @Test
    void aQuestionThatNamesAnArticlesTitleMatchesItsHeadingAndTheSiblingsDoesNot() throws Exception {
        SearchProperties properties = TestSearchProperties.at(dir.resolve("index"));
        Passage named = titled(
                "159",
                "Quyền khác đối với tài sản",
                "Quyền khác đối với tài sản bao gồm quyền đối với bất động sản liền kề, quyền hưởng dụng và"
                        + " quyền bề mặt.");
        Passage sibling = titled(
                "160",
                "Nội dung quyền sở hữu",
                "Chủ sở hữu có quyền chiếm hữu, quyền sử dụng và quyền định đoạt tài sản.");
        try (LucenePassageIndex passages = new LucenePassageIndex(properties.indexDir())) {
            passages.replace(new SourceFile("law.md", dir.resolve("law.md"), "h"), List.of(named, sibling));
            passages.commit();
            SearchEngine engine = new SearchEngine(passages, new QuestionLanguage(), properties);
            engine.indexChanged(Glossary.empty());

            RetrievalResult result = engine.retrieve("Quyền khác đối với tài sản không bao gồm quyền nào?", 2);

            assertThat(match(result, named).headingInQuestion()).isEqualTo(1);
            assertThat(match(result, named).questionInHeading()).isGreaterThan(0.5);
            assertThat(match(result, sibling).headingInQuestion()).isZero();
            assertThat(result.signals().phrases()).isGreaterThanOrEqualTo(4);
        }
    }

    private static org.standingoffice.search.PassageMatch match(RetrievalResult result, Passage passage) {
        return result.passages().stream()
                .filter(found -> found.passage().id().equals(passage.id()))
                .map(RetrievedPassage::match)
                .findFirst()
                .orElseThrow();
    }

    private static double phrases(RetrievalResult result, Passage passage) {
        return result.passages().stream()
                .filter(found -> found.passage().id().equals(passage.id()))
                .map(RetrievedPassage::match)
                .findFirst()
                .orElseThrow()
                .phraseCoverage();
    }
}
