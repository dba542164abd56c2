package org.standingoffice.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionRefusedTests {

    @Test
    void refusesTextWithoutASingleLetter() {
        assertThat(QuestionRefused.check("\u0000\u0001\u007f")).contains(QuestionRefused.Reason.NO_LETTERS);
        assertThat(QuestionRefused.check("?!... 123 -- 😀🙏")).contains(QuestionRefused.Reason.NO_LETTERS);
        assertThat(QuestionRefused.check("\u200b\u200d")).contains(QuestionRefused.Reason.NO_LETTERS);
    }

    @Test
    void takesOneLetterOfAnyScript() {
        assertThat(QuestionRefused.check("a?")).isEmpty();
        assertThat(QuestionRefused.check("Đ")).isEmpty();
        assertThat(QuestionRefused.check("日")).isEmpty();
    }

    @Test
    void refusesEmptyAndOverlongTextAtTheExactBoundary() {
        assertThat(QuestionRefused.check(" \n\t")).contains(QuestionRefused.Reason.EMPTY);
        assertThat(QuestionRefused.check(null)).contains(QuestionRefused.Reason.EMPTY);
        assertThat(QuestionRefused.check("a".repeat(QuestionRefused.MAX_TEXT))).isEmpty();
        assertThat(QuestionRefused.check("a".repeat(QuestionRefused.MAX_TEXT + 1)))
                .contains(QuestionRefused.Reason.TOO_LONG);
    }
}
