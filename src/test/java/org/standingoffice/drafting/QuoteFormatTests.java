package org.standingoffice.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.standingoffice.knowledge.SourceDocument;

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
    void anAnswerStaffEditedRestsOnTheQuotesItKeptWhateverWordsItCitesThemIn() {
        Citation congresses = new Citation("183-KL/TW", "5");
        Citation justice = new Citation("183-KL/TW", "3(2)");
        Citation meetings = new Citation("183-KL/TW", "9");
        List<String> languages = List.of("vi", "en", "sv");
        String drafted = "Theo các văn bản được trích dẫn:\n\n"
                + format.quote(
                        "Directing the organization of party congresses at the commune level on schedule (all of"
                                + " these tasks must be completed before August 31, 2025).",
                        congresses,
                        "vi",
                        "en")
                + "\n\n"
                + format.quote(
                        "The Ministry of Justice urgently completes the review of overlapping provisions (to be"
                                + " completed before August 31, 2025).",
                        justice,
                        "vi",
                        "en")
                + "\n\n"
                + format.quote("The Politburo and the Secretariat will meet once a month.", meetings, "vi", "en");
        // The first quote kept under a citation retyped, the second dropped with its citation, the
        // third said in staff's own words with the document and point named their way.
        String sent = "Kính gửi đồng chí, theo KL 183 (đ.5): «Directing the organization of party congresses at the"
                + " commune level on schedule (all of these tasks must be completed before August 31, 2025).»\n"
                + "Bộ Chính trị họp mỗi tháng một lần (Kết luận số 183/KL-TW, điểm 9).";

        assertThat(format.restsOn(sent, drafted, congresses, languages)).isTrue();
        assertThat(format.restsOn(sent, drafted, justice, languages)).isFalse();
        assertThat(format.restsOn(sent, drafted, meetings, languages)).isTrue();
        assertThat(format.restsOn(
                        "Đại hội xong trước 31/8/2025 theo 183-KL/TW.",
                        drafted,
                        new Citation("183-KL/TW", "8"),
                        languages))
                .as("a section's number inside a date names no section")
                .isFalse();
        assertThat(format.restsOn(drafted, null, justice, languages))
                .as("cited as the drafter writes it")
                .isTrue();
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

    @Test
    void aDocumentWhoseNumberIsAPlaceholderIsNamedByTypeIssuerAndDateNeverByTheNumber() {
        Citation placeholder = new Citation(
                "KL-2025-05-16",
                "para. 16",
                new Issuance("conclusion", "Politburo and Secretariat", LocalDate.of(2025, 5, 16)));

        assertThat(format.format(placeholder, Locale.forLanguageTag("vi")))
                .isEqualTo("Kết luận của Bộ Chính trị, Ban Bí thư ngày 16/5/2025, đoạn 16");
        assertThat(format.format(placeholder, Locale.ENGLISH))
                .isEqualTo("Conclusion of the Politburo and the Secretariat of 16 May 2025, paragraph 16");
        assertThat(format.format(placeholder, Locale.forLanguageTag("sv")))
                .isEqualTo("Slutsats från politbyrån och sekretariatet den 16 maj 2025, stycke 16");
        assertThat(format.quote("operate until October 2025", placeholder, "vi", "en"))
                .isEqualTo("«operate until October 2025» (Kết luận của Bộ Chính trị, Ban Bí thư ngày 16/5/2025,"
                        + " đoạn 16, bản tiếng Anh)");
        assertThat(format.cites(
                        "… (Kết luận của Bộ Chính trị, Ban Bí thư ngày 16/5/2025, đoạn 16)",
                        placeholder,
                        Locale.forLanguageTag("vi")))
                .isTrue();
    }

    @Test
    void anIssuerWithoutATranslationIsWrittenAsGivenAndAMissingPartIsLeftOut() {
        LocalDate date = LocalDate.of(2025, 5, 16);
        Locale vi = Locale.forLanguageTag("vi");

        assertThat(format.format(new Citation("TB-X", "2", new Issuance("notice", "Ủy ban nhân dân tỉnh", date)), vi))
                .isEqualTo("Thông báo của Ủy ban nhân dân tỉnh ngày 16/5/2025, điểm 2");
        assertThat(format.format(new Citation("X-1", "2", new Issuance("memo", "", date)), Locale.ENGLISH))
                .as("an unknown type is a document")
                .isEqualTo("Document of 16 May 2025, point 2");
        assertThat(format.format(new Citation("X-1", "2", new Issuance("notice", "Government Office", null)), vi))
                .isEqualTo("Thông báo của Government Office, điểm 2");
        assertThat(format.format(new Citation("X-1", "2", new Issuance("notice", "", null)), vi))
                .as("nothing to name it by but the number")
                .isEqualTo("X-1, điểm 2");
    }

    @Test
    void aDocumentIsNamedTheSameWayInListings() {
        SourceDocument placeholder = new SourceDocument(
                "KL-2025-05-16",
                "t",
                "conclusion",
                "Politburo and Secretariat",
                LocalDate.of(2025, 5, 16),
                "en",
                "",
                "",
                "",
                null,
                false);
        SourceDocument official = new SourceDocument(
                "183-KL/TW",
                "t",
                "conclusion",
                "Politburo and Secretariat",
                LocalDate.of(2025, 8, 1),
                "en",
                "",
                "",
                "",
                null);

        assertThat(format.name(placeholder, Locale.forLanguageTag("vi")))
                .isEqualTo("Kết luận của Bộ Chính trị, Ban Bí thư ngày 16/5/2025");
        assertThat(format.name(official, Locale.forLanguageTag("vi"))).isEqualTo("Kết luận 183-KL/TW");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
