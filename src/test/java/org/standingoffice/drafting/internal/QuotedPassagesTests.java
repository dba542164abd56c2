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

    private final QuotedPassages quoted = new QuotedPassages(3, 0.8);

    private static RetrievedPassage found(Passage passage, double coverage) {
        return new RetrievedPassage(passage, 1, coverage, new PassageMatch(coverage, 1, 1, coverage, List.of()));
    }

    private static RetrievalResult result(String question, RetrievedPassage... passages) {
        QuestionReading reading = new QuestionReading(
                question, question, "vi", AnswerType.DAY, List.of(), List.of(), List.of(), false, List.of());
        RetrievalSignals signals = new RetrievalSignals(0, List.of(), 1, 1.2, 0.6, 0.3, 2, 6);
        return new RetrievalResult(question, "vi", List.of(passages), 0.9, reading, signals);
    }

    @Test
    void aQuestionNamingADocumentIsNotAnsweredFromAnotherDocumentAfterIt() {
        RetrievalResult result = result(
                "Kết luận 183 được họp ngày nào?",
                found(MEETING, 0.7),
                found(OTHER_MEETING, 0.7),
                found(Fixtures.JUSTICE, 0.6));

        assertThat(quoted.of(result)).extracting(RetrievedPassage::passage).containsExactly(MEETING, Fixtures.JUSTICE);
    }

    @Test
    void withoutANamedFigureEveryPassageCoveringAsMuchIsQuoted() {
        RetrievalResult result = result(
                "Bộ Chính trị họp ngày nào?",
                found(MEETING, 0.7),
                found(OTHER_MEETING, 0.7),
                found(Fixtures.JUSTICE, 0.6));

        assertThat(quoted.of(result))
                .extracting(RetrievedPassage::passage)
                .containsExactly(MEETING, OTHER_MEETING, Fixtures.JUSTICE);
    }

    @Test
    void aFirstPassageWithoutTheNamedFigureSetsNoCondition() {
        RetrievalResult result =
                result("Kết luận 183 được họp ngày nào?", found(OTHER_MEETING, 0.7), found(MEETING, 0.7));

        assertThat(quoted.of(result)).extracting(RetrievedPassage::passage).containsExactly(OTHER_MEETING, MEETING);
    }
}
