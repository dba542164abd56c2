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
}
