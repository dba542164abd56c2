package org.standingoffice.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.search.AnswerType;
import org.standingoffice.search.PassageMatch;
import org.standingoffice.search.QuestionReading;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievalSignals;
import org.standingoffice.search.RetrievedPassage;

class QuotedPassagesTests {

    private static final SourceDocument MAY_CONCLUSION = new SourceDocument(
            "KL-2025-05-16",
            "Conclusion of the Politburo and Secretariat of May 16, 2025",
            "conclusion",
            "Politburo and Secretariat",
            LocalDate.of(2025, 5, 16),
            "en",
            "",
            "full translation",
            "",
            null);

    private static final Passage MEETING = new Passage(
            "183-KL-TW_en.md#para. 2",
            Fixtures.CONCLUSION,
            "183-KL-TW_en.md",
            "para. 2",
            "",
            "At the meeting on August 1, 2025, the Politburo and the Secretariat concluded as follows.",
            List.of());

    private static final Passage OTHER_MEETING = new Passage(
            "KL-2025-05-16_en.md#para. 2",
            MAY_CONCLUSION,
            "KL-2025-05-16_en.md",
            "para. 2",
            "",
            "Specifically, on May 16, the Politburo and Secretariat met to hear reports.",
            List.of());

    private static final SourceDocument NOTICE = new SourceDocument(
            "412/TB-VPCP",
            "Notice 412/TB-VPCP",
            "notice",
            "Government Office",
            LocalDate.of(2025, 8, 11),
            "en",
            "",
            "summary",
            "",
            null);

    private static final Passage ISSUED = new Passage(
            "412-TB-VPCP_en.md#para. 1",
            NOTICE,
            "412-TB-VPCP_en.md",
            "para. 1",
            "",
            "On August 11, the Government Office issued Document No. 412/TB-VPCP announcing the conclusion of the"
                    + " Prime Minister.",
            List.of());

    private static final Passage FRAME_ONLY = new Passage(
            "412-TB-VPCP_en.md#para. 5",
            NOTICE,
            "412-TB-VPCP_en.md",
            "para. 5",
            "",
            "Ministries shall report to the Government before August 25 on the two-level local government model.",
            List.of());

    private static final Passage TASKS_LEAD_IN = new Passage(
            "412-TB-VPCP_en.md#para. 3",
            NOTICE,
            "412-TB-VPCP_en.md",
            "para. 3",
            "",
            "On August 11, the Government Office issued the following tasks of Notice 412/TB-VPCP:",
            List.of());

    private static final Passage PRAISE = new Passage(
            "183-KL-TW_en.md#1",
            Fixtures.CONCLUSION,
            "183-KL-TW_en.md",
            "1",
            "",
            "The Politburo and the Secretariat commend the communes for their work.",
            List.of());

    private final QuotedPassages quoted = new QuotedPassages(3, 0.8, 0.5);

    private static RetrievedPassage found(Passage passage, double coverage) {
        return new RetrievedPassage(passage, 1, coverage, new PassageMatch(coverage, 1, 1, coverage, List.of()));
    }

    private static RetrievalResult result(String question, RetrievedPassage... passages) {
        return result(question, "vi", AnswerType.DAY, passages);
    }

    private static RetrievalResult result(
            String question, String language, AnswerType type, RetrievedPassage... passages) {
        QuestionReading reading = new QuestionReading(
                question, question, language, type, List.of(), List.of(), List.of(), false, List.of());
        RetrievalSignals signals = new RetrievalSignals(0, List.of(), 1, 1.2, 0.6, 0.3, 2, 6);
        return new RetrievalResult(question, language, List.of(passages), 0.9, reading, signals);
    }

    @Test
    void aFurtherPassageSharingOnlyTheQuestionsFrameIsNotQuoted() {
        // Both carry a day and cover as much; only the first says when the Office issued the notice.
        RetrievalResult result = result(
                "On which day did the Government Office issue the notice on the Prime Minister's conclusion?",
                "en",
                AnswerType.DAY,
                found(ISSUED, 0.7),
                found(FRAME_ONLY, 0.7));

        assertThat(quoted.of(result)).extracting(RetrievedPassage::passage).containsExactly(ISSUED);
    }

    @Test
    void aFurtherPassageWithoutTheKindOfAnswerAskedForIsNotQuoted() {
        RetrievalResult result = result(
                "When did the Politburo meet?",
                "en",
                AnswerType.DAY,
                found(MEETING, 0.7),
                found(PRAISE, 0.7),
                found(OTHER_MEETING, 0.7));

        assertThat(quoted.of(result)).extracting(RetrievedPassage::passage).containsExactly(MEETING, OTHER_MEETING);
    }

    @Test
    void aLeadInRankedFirstIsQuotedBeforeTheFirstAnswerWhenItIsAboutTheQuestion() {
        RetrievalResult result = result(
                "On which day did the Government Office issue the notice on the Prime Minister's conclusion?",
                "en",
                AnswerType.DAY,
                found(TASKS_LEAD_IN, 0.8),
                found(ISSUED, 0.7));

        assertThat(quoted.of(result)).extracting(RetrievedPassage::passage).containsExactly(TASKS_LEAD_IN, ISSUED);
    }

    @Test
    void aLeadInCoveringAsMuchIsTheFirstQuoteAndAWeakPassageAfterItIsNotQuoted() {
        RetrievalResult result = result(
                "On which day did the Government Office issue the notice on the Prime Minister's conclusion?",
                "en",
                AnswerType.DAY,
                found(TASKS_LEAD_IN, 0.8),
                found(OTHER_MEETING, 0.3),
                found(ISSUED, 0.7));

        assertThat(quoted.of(result)).extracting(RetrievedPassage::passage).containsExactly(TASKS_LEAD_IN, ISSUED);
    }
}
