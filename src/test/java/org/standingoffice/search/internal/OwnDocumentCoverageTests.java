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
import org.standingoffice.search.PassageMatch;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievedPassage;
import org.standingoffice.search.SearchProperties;

/**
 * Coverage weighted within the passage's own document, over a real index of two laws: every article
 * of the tourism law shares the question's subject ("thẻ hướng dẫn viên du lịch"), and only the one
 * that answers carries what tells it from its siblings ("cấp lại").
 */
class OwnDocumentCoverageTests {

    @TempDir
    Path dir;

    private static final SourceDocument TOURISM = new SourceDocument(
            "09/2017/QH14", "Luật Du lịch", "law", "Quốc hội", LocalDate.of(2017, 6, 19), "vi", "", "", "", null);

    private static final SourceDocument RESIDENCE = new SourceDocument(
            "68/2020/QH14", "Luật Cư trú", "law", "Quốc hội", LocalDate.of(2020, 11, 13), "vi", "", "", "", null);

    private static Passage tourism(String number, String title, String text) {
        return new Passage("du-lich.md#" + number, TOURISM, "du-lich.md", number, title, text, List.of());
    }

    private static Passage residence(String number, String title, String text) {
        return new Passage("cu-tru.md#" + number, RESIDENCE, "cu-tru.md", number, title, text, List.of());
    }

    private final Passage reissue = tourism(
            "63",
            "Cấp lại thẻ hướng dẫn viên du lịch",
            "1. Hồ sơ đề nghị cấp lại thẻ hướng dẫn viên du lịch bao gồm đơn đề nghị cấp lại thẻ và hai ảnh chân"
                    + " dung màu.\n\n2. Thời hạn của thẻ được cấp lại là thời hạn còn lại của thẻ đã cấp.");
    private final Passage issue = tourism(
            "60",
            "Cấp thẻ hướng dẫn viên du lịch",
            "Hồ sơ đề nghị cấp thẻ hướng dẫn viên du lịch bao gồm đơn đề nghị cấp thẻ và bản sao văn bằng.");
    private final Passage renewal = tourism(
            "62",
            "Cấp đổi thẻ",
            "1. Hồ sơ đề nghị cấp đổi thẻ gồm đơn và giấy chứng nhận khám sức khỏe.\n\n"
                    + "2. Thẻ hướng dẫn viên du lịch hết hạn sử dụng thì được cấp đổi.");
    private final Passage conditions = tourism(
            "59",
            "Điều kiện hành nghề hướng dẫn viên du lịch",
            "Hướng dẫn viên du lịch được hành nghề khi có thẻ hướng dẫn viên du lịch và hợp đồng lao động.");

    @Test
    void theArticleThatAnswersStandsFurtherAboveItsSiblingsWhenPairsAreWeighedWithinItsOwnLaw() throws Exception {
        RetrievalResult result = ask("Hồ sơ đề nghị cấp lại thẻ hướng dẫn viên du lịch gồm những gì?");

        assertThat(result.passages()).extracting(found -> found.passage().id()).startsWith(reissue.id());
        PassageMatch answering = match(result, reissue);
        PassageMatch sibling = match(result, issue);
        assertThat(answering.ownDocumentCoverage()).isGreaterThan(0.9).isLessThanOrEqualTo(1);
        assertThat(sibling.ownDocumentCoverage()).isLessThan(answering.ownDocumentCoverage() - 0.3);
        // The subject every article of the law shares weighs less within the law than across the index.
        assertThat(answering.ownDocumentCoverage() - sibling.ownDocumentCoverage())
                .isGreaterThan(answering.phraseCoverage() - sibling.phraseCoverage());
    }

    @Test
    void theBestParagraphCarriesLessThanAnArticleWhoseMatchesAreSpreadOverSeveralParagraphs() throws Exception {
        RetrievalResult result = ask("Hồ sơ đề nghị cấp lại thẻ hướng dẫn viên du lịch gồm những gì?");

        PassageMatch answering = match(result, reissue);
        PassageMatch spread = match(result, renewal);
        // Everything the answering article shares with the question is in its first clause.
        assertThat(answering.ownDocumentParagraphCoverage()).isEqualTo(answering.ownDocumentCoverage());
        assertThat(spread.ownDocumentCoverage()).isGreaterThan(0);
        assertThat(spread.ownDocumentParagraphCoverage()).isLessThan(spread.ownDocumentCoverage() - 0.05);
    }

    @Test
    void aPassageThatSharesSyllablesButNoPairWithTheQuestionCoversNothingOfIt() throws Exception {
        RetrievalResult result = ask("Chỗ nào trú?");

        assertThat(result.passages()).extracting(found -> found.passage().id()).contains(residence.id());
        assertThat(result.passages()).allSatisfy(found -> {
            assertThat(found.match().ownDocumentCoverage()).isZero();
            assertThat(found.match().ownDocumentParagraphCoverage()).isZero();
        });
    }

    private final Passage residence = residence(
            "20",
            "Điều kiện đăng ký thường trú",
            "Công dân có chỗ ở hợp pháp thuộc quyền sở hữu của mình thì được đăng ký thường trú; hồ sơ gồm giấy tờ"
                    + " chứng minh chỗ ở hợp pháp.");

    private RetrievalResult ask(String question) throws Exception {
        SearchProperties properties = TestSearchProperties.at(dir.resolve("index-" + Math.abs(question.hashCode())));
        try (LucenePassageIndex passages = new LucenePassageIndex(properties.indexDir())) {
            passages.replace(
                    new SourceFile("du-lich.md", dir.resolve("du-lich.md"), "h"),
                    List.of(conditions, issue, renewal, reissue));
            passages.replace(
                    new SourceFile("cu-tru.md", dir.resolve("cu-tru.md"), "h"),
                    List.of(
                            residence,
                            residence(
                                    "21",
                                    "Hồ sơ đăng ký thường trú",
                                    "Hồ sơ đăng ký thường trú bao gồm tờ khai thay đổi thông tin cư trú.")));
            passages.commit();
            SearchEngine engine = new SearchEngine(passages, new QuestionLanguage(), properties);
            engine.indexChanged(Glossary.empty());
            return engine.retrieve(question, 6);
        }
    }

    private static PassageMatch match(RetrievalResult result, Passage passage) {
        return result.passages().stream()
                .filter(found -> found.passage().id().equals(passage.id()))
                .map(RetrievedPassage::match)
                .findFirst()
                .orElseThrow();
    }
}
