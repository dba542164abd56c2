package org.standingoffice.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standingoffice.knowledge.Deadline;
import org.standingoffice.knowledge.Passage;

class DeadlineExtractorTests {

    private static final LocalDate DOCUMENT_DATE = LocalDate.of(2025, 8, 1);

    private final DeadlineExtractor extractor = new DeadlineExtractor();

    @Test
    void readsADeadlineWithItsPhraseDateAndTask() {
        List<Deadline> deadlines = extractor.extract(
                "Assign the Ministry of Home Affairs to complete the review before August 31, 2025.",
                "",
                DOCUMENT_DATE);

        assertThat(deadlines).singleElement().satisfies(deadline -> {
            assertThat(deadline.phrase()).isEqualTo("before August 31, 2025");
            assertThat(deadline.due()).isEqualTo(LocalDate.of(2025, 8, 31));
            assertThat(deadline.isMonthly()).isFalse();
            assertThat(deadline.responsible()).isEqualTo("Ministry of Home Affairs");
            assertThat(deadline.task())
                    .isEqualTo("Assign the Ministry of Home Affairs to complete the review before August 31, 2025.");
        });
    }

    @Test
    void readsAMonthlyDeadline() {
        List<Deadline> deadlines = extractor.extract(
                "Localities shall send reports to the Central Organizing Committee no later than the 25th of each month.",
                "",
                DOCUMENT_DATE);

        assertThat(deadlines).singleElement().satisfies(deadline -> {
            assertThat(deadline.isMonthly()).isTrue();
            assertThat(deadline.dayOfMonth()).isEqualTo(25);
            assertThat(deadline.due()).isNull();
            assertThat(deadline.isDueBy(LocalDate.of(2025, 1, 1))).isTrue();
        });
    }

    @Test
    void readsAMonthAsItsLastDay() {
        List<Deadline> deadlines = extractor.extract(
                "Ministries and branches quickly fix errors in the information system; complete in August 2025.",
                "",
                DOCUMENT_DATE);

        assertThat(deadlines).extracting(Deadline::due).containsExactly(LocalDate.of(2025, 8, 31));
    }

    @Test
    void readsSwedishAndVietnameseDeadlines() {
        assertThat(extractor.extract("Slutförs före den 31 augusti 2025.", "", DOCUMENT_DATE))
                .extracting(Deadline::due)
                .containsExactly(LocalDate.of(2025, 8, 31));
        assertThat(extractor.extract("Kommunerna ska skicka rapporter senast den 25:e varje månad.", "", DOCUMENT_DATE))
                .extracting(Deadline::dayOfMonth)
                .containsExactly(25);
        assertThat(extractor.extract("Hoàn thành trước ngày 31/8/2025.", "", DOCUMENT_DATE))
                .extracting(Deadline::due)
                .containsExactly(LocalDate.of(2025, 8, 31));
        assertThat(extractor.extract("Các địa phương báo cáo chậm nhất ngày 25 hằng tháng.", "", DOCUMENT_DATE))
                .extracting(Deadline::dayOfMonth)
                .containsExactly(25);
        assertThat(extractor.extract("Các bộ hoàn thành trong tháng 8/2025.", "", DOCUMENT_DATE))
                .extracting(Deadline::due)
                .containsExactly(LocalDate.of(2025, 8, 31));
    }

    @Test
    void readsTheEndOfAMonthAndADottedDate() {
        List<Deadline> deadlines = extractor.extract(
                "The Ministry of Home Affairs shall complete the review by the end of August 2025 and report to the"
                        + " Politburo no later than 15.9.2025.",
                "",
                DOCUMENT_DATE);

        assertThat(deadlines)
                .extracting(Deadline::phrase, Deadline::due, Deadline::responsible)
                .containsExactly(
                        tuple("by the end of August 2025", LocalDate.of(2025, 8, 31), "Ministry of Home Affairs"),
                        tuple("no later than 15.9.2025", LocalDate.of(2025, 9, 15), "Ministry of Home Affairs"));
    }

    @Test
    void doesNotTakeADocumentDateOrAMeetingDateForADeadline() {
        String text = "At the meeting on August 1, 2025, after listening to the report (Report No. 428-BC/BTCTW, dated"
                + " July 31, 2025), the Politburo and the Secretariat concluded as follows:";

        assertThat(extractor.extract(text, "", DOCUMENT_DATE)).isEmpty();
    }

    @Test
    void takesTheYearFromTheDocumentDateWhenTheTextGivesNone() {
        List<Deadline> deadlines = extractor.extract(
                "The Politburo and Secretariat requested that the draft documents be issued by June 25.",
                "",
                LocalDate.of(2025, 5, 16));

        assertThat(deadlines).extracting(Deadline::due).containsExactly(LocalDate.of(2025, 6, 25));
    }

    @Test
    void takesTheBodyFromTheLeadInWhenTheSubPointNamesNone() {
        List<Deadline> deadlines = extractor.extract(
                "Urgently continue to organize training (to be completed before August 31, 2025).",
                "Assign the Government Party Committee to lead › The Ministry of Home Affairs coordinates with relevant"
                        + " ministries and branches to:",
                DOCUMENT_DATE);

        assertThat(deadlines).singleElement().satisfies(deadline -> {
            assertThat(deadline.responsible()).isEqualTo("Ministry of Home Affairs");
            assertThat(deadline.task()).isEqualTo("Urgently continue to organize training.");
        });
    }

    @Test
    void readsTheBodyOfAVietnameseAssignment() {
        List<Deadline> deadlines = extractor.extract(
                "Giao Bộ Nội vụ chủ trì hoàn thành việc rà soát trước ngày 31/8/2025.", "", DOCUMENT_DATE);

        assertThat(deadlines).extracting(Deadline::responsible).containsExactly("Bộ Nội vụ");
    }

    @Test
    void leavesTheBodyEmptyWhenTheTextNamesNone() {
        List<Deadline> deadlines = extractor.extract("Finish everything before August 31, 2025.", "", DOCUMENT_DATE);

        assertThat(deadlines).extracting(Deadline::responsible).containsExactly("");
    }

    @Test
    void doesNotTakeAWordThatStartsLikeAnOrganisationForTheBody() {
        List<Deadline> deadlines = extractor.extract(
                "The Officer on duty shall file the report before August 31, 2025.", "", DOCUMENT_DATE);

        assertThat(deadlines).extracting(Deadline::responsible).containsExactly("");
    }

    @Test
    void findsTheBodiesResponsibleInConclusion183() {
        List<Passage> passages = new PassageCutter(1200, 120)
                .cut(
                        "183-KL-TW_en.md",
                        KnowledgeBaseTexts.document("183-KL-TW_en.md"),
                        KnowledgeBaseTexts.body("183-KL-TW_en.md"));

        assertThat(onlyDeadline(passages, "3(1)(i)").responsible()).isEqualTo("Ministry of Home Affairs");
        assertThat(onlyDeadline(passages, "3(1)(ii)").responsible()).isEqualTo("Ministry of Home Affairs");
        assertThat(onlyDeadline(passages, "3(2)").responsible()).isEqualTo("Ministry of Justice");
        assertThat(onlyDeadline(passages, "3").responsible()).isEqualTo("Government Party Committee");
        assertThat(onlyDeadline(passages, "9").responsible())
                .matches(body -> body.startsWith("the Government Party Committee")
                        || body.startsWith("Government Party Committee"));
    }

    @Test
    void statesTheTaskOfConclusion183WithoutTheDeadlineInBrackets() {
        List<Passage> passages = new PassageCutter(1200, 120)
                .cut(
                        "183-KL-TW_en.md",
                        KnowledgeBaseTexts.document("183-KL-TW_en.md"),
                        KnowledgeBaseTexts.body("183-KL-TW_en.md"));

        Deadline justice = onlyDeadline(passages, "3(2)");
        assertThat(justice.due()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(justice.task())
                .startsWith("The Ministry of Justice urgently completes the review")
                .doesNotContain("to be completed")
                .hasSizeLessThanOrEqualTo(401);
        Deadline reports = onlyDeadline(passages, "9");
        assertThat(reports.dayOfMonth()).isEqualTo(25);
        assertThat(reports.phrase()).isEqualTo("no later than the 25th of each month");
    }

    @Test
    void readsTheBodyOfAReportedAssignment() {
        List<Deadline> deadlines = extractor.extract(
                "In this conclusion, the Politburo and the Secretariat assigned the Government Party Committee to"
                        + " continue to lead and direct the review of institutions (to be completed before August 31,"
                        + " 2025).",
                "",
                DOCUMENT_DATE);

        assertThat(deadlines).extracting(Deadline::responsible).containsExactly("Government Party Committee");
    }

    @Test
    void takesTheVietnameseBodyFromALeadInThatEndsInAColon() {
        List<Deadline> deadlines = extractor.extract(
                "Tiếp nhận hồ sơ của tổ chức, cá nhân trước ngày 31/8/2025;",
                "Phạm vi điều chỉnh › Ủy ban nhân dân cấp xã có trách nhiệm:",
                DOCUMENT_DATE);

        assertThat(deadlines).extracting(Deadline::responsible).containsExactly("Ủy ban nhân dân cấp xã");
    }

    @Test
    void takesWholeSwedishCompoundsAsTheBody() {
        List<Passage> passages = new PassageCutter(1200, 120)
                .cut(
                        "183-KL-TW_sv.md",
                        KnowledgeBaseTexts.document("183-KL-TW_sv.md"),
                        KnowledgeBaseTexts.body("183-KL-TW_sv.md"));

        assertThat(onlyDeadline(passages, "3(1)(i)").responsible()).isEqualTo("Inrikesministeriet");
        assertThat(onlyDeadline(passages, "7(iii)").responsible())
                .isEqualTo("partikommittén för Fosterlandsfronten och Centralorganisationerna");
    }

    private static Deadline onlyDeadline(List<Passage> passages, String section) {
        Passage passage = passages.stream()
                .filter(candidate -> candidate.section().equals(section))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section " + section));
        assertThat(passage.deadlines()).as("deadlines of %s", section).hasSize(1);
        return passage.deadlines().get(0);
    }
}
