package org.standingoffice.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.standingoffice.console.web.Highlighter.Run;

class HighlighterTests {

    final Highlighter highlighter = new Highlighter();

    @Test
    void marksTheQuestionsWordsWithOrWithoutDiacritics() {
        assertThat(highlighter.runs("Ủy ban nhân dân xã chịu trách nhiệm.", "uy ban xa chiu trach nhiem gi?"))
                .containsExactly(
                        new Run("Ủy ", false),
                        new Run("ban", true),
                        new Run(" nhân dân xã ", false),
                        new Run("chịu", true),
                        new Run(" ", false),
                        new Run("trách", true),
                        new Run(" ", false),
                        new Run("nhiệm", true),
                        new Run(".", false));
    }

    @Test
    void leavesTheWordsOfEverySentenceUnmarked() {
        assertThat(highlighter.runs("The commune issues the permit.", "What is the procedure to issue the permit?"))
                .containsExactly(
                        new Run("The commune issues the ", false), new Run("permit", true), new Run(".", false));
        assertThat(highlighter.runs("Trách nhiệm của các xã", "trach nhiem cua cac xa"))
                .extracting(Run::hit)
                .containsExactly(true, false, true, false);
    }

    @Test
    void leavesTextWithoutMatchesWhole() {
        assertThat(highlighter.runs("<b>not html</b>", "nothing")).containsExactly(new Run("<b>not html</b>", false));
    }
}
