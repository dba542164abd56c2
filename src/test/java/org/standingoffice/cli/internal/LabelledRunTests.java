package org.standingoffice.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.search.RetrievedPassage;

class LabelledRunTests {

    private static final SourceDocument DOCUMENT =
            new SourceDocument("183-KL/TW", "Conclusion", "conclusion", "", null, "en", "", "", "", null);
    private static final List<RetrievedPassage> PASSAGES = List.of(new RetrievedPassage(
            new Passage(
                    "a#9",
                    DOCUMENT,
                    "a",
                    "9",
                    "",
                    "Report monthly to the Central Organizing Committee\nno later than the 25th of each month.",
                    List.of()),
            1,
            1));

    @Test
    void aQuoteIsVerbatimWhateverTheLineBreaks() {
        assertThat(LabelledRun.quotesVerbatim(
                        "«Report monthly to the Central Organizing Committee no later than the 25th» (183-KL/TW, 9)",
                        PASSAGES))
                .isTrue();
    }

    @Test
    void spansJoinedByAnEllipsisMustEachBeInTheSamePassage() {
        assertThat(LabelledRun.quotesVerbatim("«Report monthly … the 25th of each month.»", PASSAGES))
                .isTrue();
        assertThat(LabelledRun.quotesVerbatim("«Report monthly … the 20th of each month.»", PASSAGES))
                .isFalse();
    }

    @Test
    void aQuoteTheDocumentsDoNotHoldIsCaught() {
        assertThat(LabelledRun.quotesVerbatim("«Report quarterly to the Committee»", PASSAGES))
                .isFalse();
    }

    @Test
    void questionsReachingOnePassageAreOneUnitWithTheirCounterfactualsAndLeaveOneOuts() {
        Passage other = new Passage("a#10", DOCUMENT, "a", "10", "", "Communes keep their seals.", List.of());
        Passage swedish = new Passage("b#9", DOCUMENT, "b", "9", "", "senast den 25:e varje månad", List.of());
        LabelledQuestion english = answerable("en-001", "no later than the 25th");
        // Reaches the English and the Swedish passage: joins the Swedish question's unit to the English one's.
        LabelledQuestion both = answerable("sv-001", "the 25th of each month", "senast den 25:e");
        LabelledQuestion swedishOnly = answerable("sv-002", "senast den 25:e");
        LabelledQuestion seals = answerable("en-002", "keep their seals");
        LabelledQuestion leftOut = new LabelledQuestion(
                "loo-001", "en", "leave-one-out", "q", false, List.of(), java.util.Set.of("keep their seals"));
        LabelledQuestion nearMiss =
                new LabelledQuestion("nm-001", "en", "near-miss", "q", false, List.of(), java.util.Set.of());
        List<LabelledQuestion> items =
                LabelledQuestion.withCounterfactuals(List.of(swedishOnly, english, both, seals, leftOut, nearMiss));

        java.util.Map<String, String> units =
                LabelledRun.answeringUnits(items, List.of(PASSAGES.get(0).passage(), other, swedish));

        assertThat(units)
                .containsEntry("en-001", "counterfactual-en-001")
                .containsEntry("sv-001", "counterfactual-en-001")
                .containsEntry("sv-002", "counterfactual-en-001")
                .containsEntry("counterfactual-sv-002", "counterfactual-en-001")
                .containsEntry("en-002", "counterfactual-en-002")
                .containsEntry("loo-001", "counterfactual-en-002")
                .containsEntry("nm-001", "nm-001");
    }

    private static LabelledQuestion answerable(String id, String... evidence) {
        return new LabelledQuestion(id, "en", "en-plain", "q", true, List.of(evidence), java.util.Set.of());
    }
}
