package org.standingoffice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteRuleTests {

    private static final String PASSAGE = "Provincial Party committees strictly implement Conclusion No. 150 of the"
            + " Politburo and Guidance No. 31 of the Central Organization Commission on personnel plans.\n"
            + "They submit the plans on schedule. The Standing Offices operate until October 2025.";

    @Test
    void acceptsOneContiguousSpanEvenAcrossALineBreak() {
        assertThat(QuoteRule.isVerbatim("Organization Commission on personnel plans. They submit", PASSAGE))
                .isTrue();
    }

    @Test
    void acceptsSpansOfThePassageJoinedByAnEllipsis() {
        assertThat(QuoteRule.isVerbatim(
                        "The Standing Offices operate until October 2025. … They submit the plans on schedule.",
                        PASSAGE))
                .isTrue();
    }

    @Test
    void refusesFragmentsJoinedIntoWhatTheDocumentDoesNotSay() {
        // The quote of issue 10: "strictly implement Conclusion No." + "31 of the Central…".
        assertThat(QuoteRule.isVerbatim(
                        "strictly implement Conclusion No. 31 of the Central Organization Commission", PASSAGE))
                .isFalse();
    }

    @Test
    void refusesChangedCasePunctuationOrDiacritics() {
        assertThat(QuoteRule.isVerbatim("the standing offices operate until October 2025.", PASSAGE))
                .isFalse();
        assertThat(QuoteRule.isVerbatim("The Standing Offices operate until October 2025!", PASSAGE))
                .isFalse();
        assertThat(QuoteRule.isVerbatim("hạn chót", "hạn chót báo cáo")).isTrue();
        assertThat(QuoteRule.isVerbatim("han chot", "hạn chót báo cáo")).isFalse();
    }

    @Test
    void refusesAnEmptyQuote() {
        assertThat(QuoteRule.isVerbatim(" … ", PASSAGE)).isFalse();
    }

    @Test
    void joinsAdjacentSentencesIntoOneSpanAndOthersWithAnEllipsis() {
        List<Sentences.Span> sentences = Sentences.spans(PASSAGE);

        assertThat(QuoteRule.of(PASSAGE, List.of(sentences.get(1), sentences.get(2))))
                .isEqualTo("They submit the plans on schedule. The Standing Offices operate until October 2025.");
        assertThat(QuoteRule.of(PASSAGE, List.of(sentences.get(2), sentences.get(0))))
                .startsWith("The Standing Offices operate until October 2025. … Provincial");
    }
}
