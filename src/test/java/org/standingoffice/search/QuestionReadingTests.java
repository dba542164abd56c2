package org.standingoffice.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionReadingTests {

    private static QuestionReading counting(String language, String... counted) {
        return new QuestionReading(
                "q", "q", language, AnswerType.NUMBER, List.of(), List.of(), List.of(counted), false, List.of());
    }

    @Test
    void aNumberBeforeWhatIsCountedCountsItInAnyOfItsEndings() {
        assertThat(counting("en", "computers").countedIn("at least 2 desktop computers", "en"))
                .isTrue();
        assertThat(counting("en", "days").countedIn("within 15 working days of receipt", "en"))
                .isTrue();
        assertThat(counting("en", "years").countedIn("who have worked for 15 years or more", "en"))
                .isTrue();
        assertThat(counting("en", "provinces").countedIn("reduced to 34 provinces and cities", "en"))
                .isTrue();
        assertThat(counting("sv", "dagar").countedIn("Kommunen har 30 dagar på sig.", "sv"))
                .isTrue();
        assertThat(counting("vi", "ngày").countedIn("trong thời hạn 15 ngày làm việc", "vi"))
                .isTrue();
        assertThat(counting("vi", "máy").countedIn("tối thiểu 02 máy tính", "vi"))
                .isTrue();
    }

    @Test
    void aDateOrANumberElsewhereDoesNotCountIt() {
        assertThat(counting("en", "computers").countedIn("Computers are bought by October 2025.", "en"))
                .isFalse();
        assertThat(counting("en", "staff")
                        .countedIn("Staff of the Standing Offices, set up on 1 July, work until 2025.", "en"))
                .isFalse();
        assertThat(counting("vi", "ngày").countedIn("gửi trước ngày 25 hằng tháng", "vi"))
                .isFalse();
    }

    @Test
    void inAnotherLanguageAnyNumberThatCountsSomethingWillDoButADateOrADocumentNumberWillNot() {
        QuestionReading years = counting("vi", "năm");

        assertThat(years.countedIn("Civil servants who have worked for 15 years or more.", "en"))
                .isTrue();
        assertThat(years.countedIn("The province keeps two deputies.", "en")).isTrue();
        assertThat(years.countedIn("Kommunen har 30 dagar på sig.", "sv")).isTrue();
        assertThat(years.countedIn("The Standing Offices operate until October 2025.", "en"))
                .isFalse();
        assertThat(years.countedIn("Reports are due by August 31, 2025 and July 1-31.", "en"))
                .isFalse();
        assertThat(years.countedIn("Implement Conclusion No. 150 of the Politburo and 183-KL/TW.", "en"))
                .isFalse();
        assertThat(years.countedIn("Report No. 428-BC/BTCTW, dated July 31, 2025 in 2025 alone.", "en"))
                .isFalse();
    }

    @Test
    void aQuestionThatCountsNothingIsCountedByAnyText() {
        assertThat(counting("en").countedIn("No number here.", "en")).isTrue();
    }
}
