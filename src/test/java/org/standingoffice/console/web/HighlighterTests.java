package org.standingoffice.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.standingoffice.console.web.Highlighter.Run;

class HighlighterTests {

    final Highlighter highlighter = new Highlighter();

    @Test
    void marksTheQuestionsPhrasesWithOrWithoutDiacritics() {
        assertThat(highlighter.runs("Ủy ban nhân dân xã chịu trách nhiệm.", "uy ban xa chiu trach nhiem gi?", "vi"))
                .containsExactly(
                        new Run("Ủy ban", true),
                        new Run(" nhân dân ", false),
                        new Run("xã chịu trách nhiệm", true),
                        new Run(".", false));
    }

    @Test
    void aSyllableOfAVietnameseTermIsNotMarkedAlone() {
        assertThat(highlighter.runs(
                        "Thủ tướng Phạm Minh Chính chủ trì; Bộ Chính trị kết luận.", "Bộ chinh tri ket luan gi?", "vi"))
                .containsExactly(
                        new Run("Thủ tướng Phạm Minh Chính chủ trì; ", false),
                        new Run("Bộ Chính trị kết luận", true),
                        new Run(".", false));
        assertThat(highlighter.runs("Thủ tướng Phạm Minh Chính chủ trì.", "chinh tri", "vi"))
                .containsExactly(new Run("Thủ tướng Phạm Minh Chính chủ trì.", false));
    }

    @Test
    void aVietnameseWordAloneAndANumberAreMarkedAlone() {
        assertThat(highlighter.runs("Kết luận 183 giao cho tỉnh.", "tỉnh nào theo kết luận số 183?", "vi"))
                .extracting(Run::text, Run::hit)
                .containsExactly(
                        tuple("Kết luận 183", true),
                        tuple(" giao cho ", false),
                        tuple("tỉnh", true),
                        tuple(".", false));
    }

    @Test
    void leavesTheWordsOfEverySentenceUnmarked() {
        assertThat(highlighter.runs(
                        "The commune issues the permit.", "What is the procedure to issue the permit?", "en"))
                .containsExactly(
                        new Run("The commune issues the ", false), new Run("permit", true), new Run(".", false));
        assertThat(highlighter.runs("Trách nhiệm của các xã", "trach nhiem cua cac xa", "vi"))
                .extracting(Run::hit)
                .containsExactly(true, false);
    }

    @Test
    void leavesTextWithoutMatchesWhole() {
        assertThat(highlighter.runs("<b>not html</b>", "nothing", "en"))
                .containsExactly(new Run("<b>not html</b>", false));
    }
}
