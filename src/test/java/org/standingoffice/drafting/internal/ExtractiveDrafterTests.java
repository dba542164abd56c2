package org.standingoffice.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standingoffice.drafting.Citation;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.search.AnswerType;
import org.standingoffice.search.QuestionReading;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievalSignals;
import org.standingoffice.search.RetrievedPassage;

class ExtractiveDrafterTests {

    final ExtractiveDrafter drafter =
            new Fixtures.Stack(Fixtures.llm(LlmProperties.Provider.NONE, "", null)).extractive;

    @Test
    void quotesTheFirstRankedPassageEvenWhenAnotherCoversMoreOfTheQuestion() {
        // Ranked first with less coverage: a Vietnamese question shares few words with the point that
        // answers it and more with a long point that lists every group of cadres.
        RetrievalResult result = new RetrievalResult(
                "Chế độ cho công đoàn giải quyết đến hết ngày nào?",
                "vi",
                List.of(
                        new RetrievedPassage(Fixtures.TRADE_UNION, 1.2, 0.3),
                        new RetrievedPassage(Fixtures.JUSTICE, 1.0, 0.8)),
                0.9);

        assertThat(drafter.draft(result).citations())
                .extracting(Citation::section)
                .first()
                .isEqualTo(Fixtures.TRADE_UNION.section());
    }

    @Test
    void quotesFurtherPassagesOnlyWhenTheyCoverAboutAsMuchAsTheBest() {
        RetrievalResult result = new RetrievalResult(
                "Who reviews the overlapping provisions?",
                "en",
                List.of(
                        new RetrievedPassage(Fixtures.JUSTICE, 1.6, 0.8),
                        new RetrievedPassage(Fixtures.TRADE_UNION, 0.9, 0.3)),
                0.9);

        assertThat(drafter.draft(result).citations())
                .extracting(Citation::section)
                .containsExactly(Fixtures.JUSTICE.section());
    }

    @Test
    void theQuoteThatGivesTheAskedForDateIsReadFirst() {
        String question = "Until when must the trade union finances be settled?";
        Passage undated = new Passage(
                "x#1", Fixtures.CONCLUSION, "x", "1", "", "The trade union finances are reviewed.", List.of());
        RetrievalResult result = new RetrievalResult(
                question,
                "en",
                List.of(new RetrievedPassage(undated, 1.6, 0.8), new RetrievedPassage(Fixtures.TRADE_UNION, 1.5, 0.8)),
                0.9,
                new QuestionReading(
                        question, question, "en", AnswerType.DATE, List.of(), List.of(), List.of(), false, List.of()),
                RetrievalSignals.none());

        assertThat(drafter.draft(result).citations())
                .extracting(Citation::section)
                .containsExactly(Fixtures.TRADE_UNION.section(), undated.section());
    }
}
