package org.standingoffice.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;
import org.standingoffice.search.AnswerType;
import org.standingoffice.search.PassageMatch;
import org.standingoffice.search.QuestionReading;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievalSignals;
import org.standingoffice.search.RetrievedPassage;

class FocusEvidenceTests {

    /** A glossary that knows the trade union's finances in Vietnamese and English. */
    private final FocusEvidence focus = new FocusEvidence(() -> new Glossary(
            List.of(new GlossaryTerm(
                    "finance", Map.of("vi", List.of("quản lý tài chính"), "en", List.of("financial management")))),
            Map.of(),
            Map.of("finance", Map.of())));

    private static FocusEvidence.Carried carried(FocusEvidence focus, String language, List<String> asked) {
        QuestionReading reading = new QuestionReading(
                "q", "q", language, AnswerType.OTHER, List.of(), List.of(), List.of(), false, asked);
        RetrievedPassage union =
                new RetrievedPassage(Fixtures.TRADE_UNION, 1, 0.8, new PassageMatch(0.8, 1, 1, 0.8, List.of()));
        RetrievalResult result =
                new RetrievalResult("q", language, List.of(union), 0.5, reading, RetrievalSignals.none());
        return focus.of(result, List.of(union));
    }

    @Test
    void aFocusThePassageLacksIsNotCarriedThoughTheRestOfTheQuestionIs() {
        assertThat(carried(focus, "en", List.of("penalty"))).isEqualTo(new FocusEvidence.Carried(1, 0));
        // "funds" in the passage: the plural ending does not count.
        assertThat(carried(focus, "en", List.of("fund"))).isEqualTo(new FocusEvidence.Carried(1, 1));
        assertThat(carried(focus, "en", List.of("guidance", "penalties"))).isEqualTo(new FocusEvidence.Carried(2, 0.5));
    }

    @Test
    void aFocusInAnotherLanguageIsJudgedByItsGlossaryConceptOrNotAtAll() {
        assertThat(carried(focus, "vi", List.of("quan ly tai chinh"))).isEqualTo(new FocusEvidence.Carried(1, 1));
        assertThat(carried(focus, "vi", List.of("muc tieu"))).isEqualTo(new FocusEvidence.Carried(0, 1));
    }

    @Test
    void aQuestionWithoutFocusIsNotJudged() {
        assertThat(carried(focus, "en", List.of())).isEqualTo(new FocusEvidence.Carried(0, 1));
    }
}
