package org.standingoffice.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionReadingTests {

    private static QuestionReading counting(String language, String... counted) {
        return new QuestionReading(
                "q", "q", language, AnswerType.NUMBER, List.of(), List.of(), List.of(counted), false);
    }

    @Test
    void aNumberBeforeWhatIsCountedCountsItInAnyOfItsEndings() {
        assertThat(counting("en", "computers").countedIn("at least 2 desktop computers"))
                .isTrue();
        assertThat(counting("en", "days").countedIn("within 15 working days of receipt"))
                .isTrue();
        assertThat(counting("en", "years").countedIn("who have worked for 15 years or more"))
                .isTrue();
        assertThat(counting("en", "provinces").countedIn("reduced to 34 provinces and cities"))
                .isTrue();
        assertThat(counting("sv", "dagar").countedIn("Kommunen har 30 dagar på sig."))
                .isTrue();
        assertThat(counting("vi", "ngày").countedIn("trong thời hạn 15 ngày làm việc"))
                .isTrue();
        assertThat(counting("vi", "máy").countedIn("tối thiểu 02 máy tính")).isTrue();
    }

    @Test
    void aDateOrANumberElsewhereDoesNotCountIt() {
        assertThat(counting("en", "computers").countedIn("Computers are bought by October 2025."))
                .isFalse();
        assertThat(counting("en", "staff")
                        .countedIn("Staff of the Standing Offices, set up on 1 July, work until 2025."))
                .isFalse();
        assertThat(counting("vi", "ngày").countedIn("gửi trước ngày 25 hằng tháng"))
                .isFalse();
    }

    @Test
    void aQuestionThatCountsNothingIsCountedByAnyText() {
        assertThat(counting("en").countedIn("No number here.")).isTrue();
    }
}
