package org.standingoffice.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentencesTests {

    @Test
    void doesNotEndASentenceAfterNoBeforeADocumentNumber() {
        String text = "Party committees strictly implement Conclusion No. 150 of the Politburo and Guidance No. 31"
                + " of the Central Organization Commission. Plan No. 56-KH/BCĐ, dated July 4, 2025 applies.";

        assertThat(Sentences.of(text))
                .containsExactly(
                        "Party committees strictly implement Conclusion No. 150 of the Politburo and Guidance No. 31"
                                + " of the Central Organization Commission.",
                        "Plan No. 56-KH/BCĐ, dated July 4, 2025 applies.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"No.", "Nr.", "Art.", "para.", "số.", "TT.", "Dr."})
    void keepsTheSentenceTogetherAfterEachSuppressedAbbreviation(String abbreviation) {
        String text = "See " + abbreviation + " 5-KL/TW today. Then stop.";

        assertThat(Sentences.of(text)).containsExactly("See " + abbreviation + " 5-KL/TW today.", "Then stop.");
    }

    @Test
    void endsASentenceWhenTheAbbreviationIsOnlyTheEndOfALongerWord() {
        // ICU's own suppression list would match "NĐ-CP." as ending in "P." and "VPTT." in "TT.".
        String text = "Theo Nghị định 12/2025/NĐ-CP. Xem báo cáo của VPTT. Hết.";

        assertThat(Sentences.of(text))
                .containsExactly("Theo Nghị định 12/2025/NĐ-CP.", "Xem báo cáo của VPTT.", "Hết.");
    }

    @Test
    void keepsInitialsAndDatesInsideTheSentence() {
        String text = "Ông Nguyễn V. A. ký ngày 1.8.2025 tại Hà Nội. Bà Trần T. B. nhận.";

        assertThat(Sentences.of(text))
                .containsExactly("Ông Nguyễn V. A. ký ngày 1.8.2025 tại Hà Nội.", "Bà Trần T. B. nhận.");
    }

    @Test
    void endsASentenceAtALineBreakAndAfterADate() {
        String text = "The offices operate until 31.10.2025.\nReports are due by the 25th";

        assertThat(Sentences.of(text))
                .containsExactly("The offices operate until 31.10.2025.", "Reports are due by the 25th");
    }

    @Test
    void spansAreTheTextsOwnCharacters() {
        String text = "  One sentence here.   Another one!  ";

        assertThat(Sentences.spans(text))
                .extracting(span -> span.of(text))
                .containsExactly("One sentence here.", "Another one!");
    }

    @Test
    void blankTextHasNoSentences() {
        assertThat(Sentences.spans(" \n ")).isEmpty();
    }
}
