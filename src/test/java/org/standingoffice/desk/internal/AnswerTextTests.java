package org.standingoffice.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTextTests {

    private static final String DRAFT = "According to the documents:\n\n«Quote one.» (183-KL/TW, 4(2))";

    @Test
    void aBrowsersLineEndingsAndTrailingSpacesAreNotAnEdit() {
        assertThat(AnswerText.edited(
                        "According to the documents:  \r\n\r\n«Quote one.» (183-KL/TW, 4(2))\t\r\n", DRAFT))
                .isFalse();
        assertThat(AnswerText.edited("According to the documents:\r\r«Quote one.» (183-KL/TW, 4(2))", DRAFT))
                .isFalse();
    }

    @Test
    void aChangedWordOrAJoinedParagraphIsAnEdit() {
        assertThat(AnswerText.edited(DRAFT.replace("one", "two"), DRAFT)).isTrue();
        assertThat(AnswerText.edited(DRAFT.replace("\n\n", "\n"), DRAFT)).isTrue();
        assertThat(AnswerText.edited(DRAFT.replace("documents:", "documents :"), DRAFT))
                .isTrue();
    }

    @Test
    void normalisingKeepsLeadingIndentationAndNonBreakingSpacesInsideLines() {
        assertThat(AnswerText.normalise("a\r\n  b  \r\nc\u00a0d")).isEqualTo("a\n  b\nc\u00a0d");
    }
}
