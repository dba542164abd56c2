package org.standingoffice.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standingoffice.desk.Actor;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatistics.QuestionSummary;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;
import org.standingoffice.reporting.KnowledgeGap;

class GapClustersTests {

    final Glossary glossary = new Glossary(
            List.of(
                    new GlossaryTerm(null, Map.of("vi", List.of("báo cáo"), "en", List.of("report", "reports"))),
                    new GlossaryTerm(
                            null,
                            Map.of("vi", List.of("thời hạn", "hạn chót"), "en", List.of("deadline", "deadlines")))),
            Map.of());

    @Test
    void theSameQuestionInEnglishAndVietnameseIsOneGapWithItsKeywordsAsWritten() {
        List<KnowledgeGap> gaps = GapClusters.of(
                List.of(
                        question(1, "When is the deadline for the monthly report?"),
                        question(2, "Thời hạn nộp báo cáo tháng là khi nào?"),
                        question(3, "Hạn chót gửi báo cáo tháng 7?"),
                        question(4, "Who repairs the roof of the commune office?")),
                glossary);

        assertThat(gaps).hasSize(2);
        KnowledgeGap report = gaps.get(0);
        assertThat(report.questions()).extracting(KnowledgeGap.Question::id).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(report.terms().subList(0, 2)).containsExactlyInAnyOrder("thời hạn", "báo cáo");
        assertThat(report.terms()).contains("tháng");
        assertThat(gaps.get(1).questions())
                .extracting(KnowledgeGap.Question::id)
                .containsExactly(4L);
        assertThat(gaps.get(1).terms()).contains("repairs", "roof", "commune").doesNotContain("who", "the", "of");
    }

    @Test
    void questionsTypedWithoutDiacriticsJoinAndTheKeywordKeepsThem() {
        List<KnowledgeGap> gaps = GapClusters.of(
                List.of(
                        question(1, "Phụ cấp kiêm nhiệm của phó chủ tịch xã tính thế nào?"),
                        question(2, "phu cap kiem nhiem pho chu tich xa tinh the nao")),
                glossary);

        assertThat(gaps).hasSize(1);
        assertThat(gaps.get(0).terms()).contains("phụ", "cấp", "nhiệm").doesNotContain("phu", "cap");
    }

    @Test
    void questionsSharingOneConceptOutOfSeveralStayApart() {
        List<KnowledgeGap> gaps = GapClusters.of(
                List.of(
                        question(1, "Who signs the monthly report and by which deadline?"),
                        question(2, "Which report template do communes use for land records?")),
                glossary);

        assertThat(gaps).hasSize(2);
    }

    private static QuestionSummary question(long id, String text) {
        Instant at = Instant.parse("2025-08-01T02:00:00Z");
        return new QuestionSummary(
                new QuestionId(id),
                QuestionStatus.ESCALATED,
                text,
                "central",
                null,
                null,
                null,
                at,
                null,
                null,
                null,
                null,
                at,
                Actor.SYSTEM.name());
    }
}
