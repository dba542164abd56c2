package org.standingoffice.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class QuoteFormatTests {

    final QuoteFormat format = new QuoteFormat(messages());

    @Test
    void pointsAndParagraphsAreNamedInTheReadersLanguageAndOwnLabelsKept() {
        assertThat(format.format(new Citation("183-KL/TW", "4(2)"), Locale.forLanguageTag("vi")))
                .isEqualTo("Kết luận 183-KL/TW, điểm 4(2)");
        assertThat(format.format(new Citation("412/TB-VPCP", "para. 5"), Locale.ENGLISH))
                .isEqualTo("Notice 412/TB-VPCP, paragraph 5");
        assertThat(format.format(new Citation("Luật 72/2020", "Điều 31"), Locale.ENGLISH))
                .isEqualTo("Luật 72/2020, Điều 31");
    }

    @Test
    void aTextCitesAPointOnlyWhereItNamesThatPointNotOneBelowIt() {
        Locale vi = Locale.forLanguageTag("vi");
        String text =
                "Theo Kết luận 183-KL/TW, điểm 5: xong trước 31/8/2025. «…» (Kết luận 183-KL/TW, điểm 3(2), bản tiếng Anh)";

        assertThat(format.cites(text, new Citation("183-KL/TW", "5"), vi)).isTrue();
        assertThat(format.cites(text, new Citation("183-KL/TW", "3(2)"), vi)).isTrue();
        assertThat(format.cites(text, new Citation("183-KL/TW", "3"), vi)).isFalse();
        assertThat(format.cites(text, new Citation("183-KL/TW", "5"), Locale.ENGLISH))
                .as("written for another language")
                .isFalse();
    }

    @Test
    void aQuoteInAnotherLanguageSaysWhichOnlyWhenItIsNotTheReaders() {
        Citation point = new Citation("183-KL/TW", "7(iii)");

        assertThat(format.formatQuote(point, Locale.forLanguageTag("vi"), "en"))
                .isEqualTo("Kết luận 183-KL/TW, điểm 7(iii), bản tiếng Anh");
        assertThat(format.formatQuote(point, Locale.forLanguageTag("sv"), "en"))
                .isEqualTo("Slutsats 183-KL/TW, punkt 7(iii), engelsk text");
        assertThat(format.formatQuote(point, Locale.ENGLISH, "en")).isEqualTo("Conclusion 183-KL/TW, point 7(iii)");
        assertThat(format.formatQuote(point, Locale.forLanguageTag("und"), "en"))
                .as("a reader of unknown language")
                .isEqualTo("Conclusion 183-KL/TW, point 7(iii)");
        assertThat(format.formatQuote(point, Locale.ENGLISH, "fr"))
                .as("a language without a bundle text is named by Java")
                .isEqualTo("Conclusion 183-KL/TW, point 7(iii), French");
    }

    @Test
    void aQuoteIsTheVerbatimTextBetweenGuillemetsFollowedByItsCitationForTheReader() {
        Citation point = new Citation("183-KL/TW", "4(2)");

        assertThat(format.quote("  keeps the records ", point, "vi", "en"))
                .as("kept exactly as given, spaces and all: trimming is the caller's choice")
                .isEqualTo("«  keeps the records » (Kết luận 183-KL/TW, điểm 4(2), bản tiếng Anh)");
        assertThat(format.quote("keeps the records", point, "en", "en"))
                .isEqualTo("«keeps the records» (Conclusion 183-KL/TW, point 4(2))");
        assertThat(format.quote("keeps the records", point, null, "en"))
                .as("an asker whose language is not known")
                .isEqualTo("«keeps the records» (Conclusion 183-KL/TW, point 4(2))");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
