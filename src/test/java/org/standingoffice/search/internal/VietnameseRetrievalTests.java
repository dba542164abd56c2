package org.standingoffice.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.ScratchIndex;
import org.standingoffice.search.SearchProperties;

/** Vietnamese analysis end to end on a real Lucene index: diacritics, tone marks, numbers. */
class VietnameseRetrievalTests {

    @TempDir
    static Path indexDir;

    static ScratchIndex index;

    @BeforeAll
    static void indexVietnamesePassages() {
        SearchProperties properties = TestSearchProperties.at(indexDir);
        index = new LuceneScratchIndexes(indexDir, new QuestionLanguage(), properties).open();
        index.put(
                "kl-vi.md",
                List.of(
                        passage(
                                "9",
                                "Các địa phương gửi báo cáo về Ban Tổ chức Trung ương, hạn chót báo cáo là ngày 25 hằng tháng."),
                        passage(
                                "3",
                                "Bộ Tư pháp khẩn trương rà soát các quy định còn chồng chéo về phân cấp, phân quyền."),
                        passage(
                                "5",
                                "Ủy ban nhân dân tỉnh hoàn thiện bộ máy, bảo đảm hoà hợp giữa các cơ quan chuyên môn.")));
        index.commit();
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static Passage passage(String section, String text) {
        SourceDocument document = new SourceDocument(
                "183-KL/TW",
                "Kết luận 183-KL/TW",
                "conclusion",
                "Bộ Chính trị",
                LocalDate.of(2025, 8, 1),
                "vi",
                "",
                "",
                "",
                null);
        return new Passage("kl-vi.md#" + section, document, "kl-vi.md", section, "", text, List.of());
    }

    @Test
    void textTypedWithoutDiacriticsFindsTheAccentedPassage() {
        RetrievalResult result = index.retrieve("han chot bao cao la ngay nao", 1);

        assertThat(result.language()).isEqualTo("vi");
        assertThat(result.passages().get(0).passage().section()).isEqualTo("9");
    }

    @Test
    void oldAndNewToneMarkPlacementsMatch() {
        assertThat(index.retrieve("hòa hợp giữa các cơ quan", 1)
                        .passages()
                        .get(0)
                        .passage()
                        .section())
                .isEqualTo("5");
        assertThat(index.retrieve("Uỷ ban nhân dân tỉnh hoàn thiện bộ máy", 1)
                        .passages()
                        .get(0)
                        .passage()
                        .section())
                .isEqualTo("5");
    }

    @Test
    void aVietnameseQuestionIsAnsweredWithConfidence() {
        RetrievalResult result = index.retrieve("Ai rà soát quy định chồng chéo về phân cấp, phân quyền?", 3);

        assertThat(result.passages().get(0).passage().section()).isEqualTo("3");
        assertThat(result.confidence()).isGreaterThan(0.5);
    }

    @Test
    void anUnrelatedQuestionGetsLowConfidence() {
        RetrievalResult result = index.retrieve("Thủ tục cấp giấy phép xây dựng nhà ở là gì?", 3);

        assertThat(result.confidence()).isLessThan(0.5);
    }

    @Test
    void theBareBaselineSearchesTheSameIndex() {
        assertThat(index.bareSearch("rà soát quy định chồng chéo", 1)).containsExactly("kl-vi.md#3");
    }
}
