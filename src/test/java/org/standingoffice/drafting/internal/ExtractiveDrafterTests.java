package org.standingoffice.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standingoffice.drafting.Citation;
import org.standingoffice.search.RetrievalResult;
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
}
