package org.standingoffice.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTests {

    @Test
    void escapesTheCharactersTelegramHtmlGivesAMeaning() {
        assertThat(Html.escape("a < b && c > d *bold* _it_ </b>"))
                .isEqualTo("a &lt; b &amp;&amp; c &gt; d *bold* _it_ &lt;/b&gt;");
        assertThat(Html.toPlain("<b>x</b> &lt;y&gt; &amp;")).isEqualTo("x <y> &");
    }

    @Test
    void splitsLongTextAtParagraphBoundariesIntoPartsThatFit() {
        String paragraph = "Điều 1. "
                + "Nội dung quy định & hướng dẫn <chi tiết>. ".repeat(40).strip();
        String text = String.join("\n\n", List.of(paragraph, paragraph, paragraph, paragraph));

        List<String> parts = Html.split(text, 4000);

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(part -> assertThat(part.length()).isLessThanOrEqualTo(4000));
        // Every part ends where a paragraph ends: no paragraph is cut.
        assertThat(parts).allSatisfy(part -> assertThat(part).endsWith("&lt;chi tiết&gt;."));
        assertThat(String.join("\n\n", parts)).isEqualTo(Html.escape(text));
    }

    @Test
    void cutsAParagraphLongerThanAPartAtASentenceOrWordAndNeverInsideAnEntityOrEmoji() {
        String text = "😀 & ".repeat(3000);

        List<String> parts = Html.split(text, 1000);

        assertThat(parts).allSatisfy(part -> {
            assertThat(part.length()).isLessThanOrEqualTo(1000);
            assertThat(part).doesNotEndWith("&am").doesNotEndWith("&");
            assertThat(Character.isHighSurrogate(part.charAt(part.length() - 1)))
                    .isFalse();
        });
        assertThat(String.join("", parts).replace(" ", ""))
                .isEqualTo(Html.escape(text).replace(" ", ""));
    }

    @Test
    void truncatesSoThatTheEscapedTextFits() {
        String truncated = Html.truncate("<<<<<<<<<<", 13);

        assertThat(Html.escape(truncated).length()).isLessThanOrEqualTo(13);
        assertThat(truncated).endsWith("…");
        assertThat(Html.truncate("short", 100)).isEqualTo("short");
    }
}
