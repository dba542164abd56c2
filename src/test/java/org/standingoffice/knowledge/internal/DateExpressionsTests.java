package org.standingoffice.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.standingoffice.knowledge.internal.DateExpressions.Found;

class DateExpressionsTests {

    private static final LocalDate DOCUMENT_DATE = LocalDate.of(2025, 8, 1);

    private final DateExpressions dates = new DateExpressions();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            (to be completed before August 31, 2025).              | before August 31, 2025          | 2025-08-31
            quickly fix errors; complete in August 2025.            | complete in August 2025         | 2025-08-31
            the Standing Offices operate until October 2025.       | until October 2025              | 2025-10-31
            issue the plan no later than June 30, 2025.            | no later than June 30, 2025     | 2025-06-30
            report by 15 September 2025.                           | by 15 September 2025            | 2025-09-15
            (ska vara slutförd före den 31 augusti 2025).          | före den 31 augusti 2025        | 2025-08-31
            rapporten lämnas senast den 1 december 2025.           | senast den 1 december 2025      | 2025-12-01
            hoàn thành trước ngày 31/8/2025.                       | trước ngày 31/8/2025            | 2025-08-31
            hoàn thành trong tháng 8/2025.                         | hoàn thành trong tháng 8/2025   | 2025-08-31
            báo cáo trước ngày 31 tháng 8 năm 2025.                | trước ngày 31 tháng 8 năm 2025  | 2025-08-31
            gửi hồ sơ chậm nhất ngày 15-9-2025.                    | chậm nhất ngày 15-9-2025        | 2025-09-15
            complete by the end of August 2025.                    | by the end of August 2025       | 2025-08-31
            submit the plan no later than 31.8.2025.               | no later than 31.8.2025         | 2025-08-31
            klart senast vid utgången av augusti 2025.             | senast vid utgången av augusti 2025 | 2025-08-31
            rapporten lämnas före 15.9.2025.                       | före 15.9.2025                  | 2025-09-15
            hoàn thành trước cuối tháng 8/2025.                    | trước cuối tháng 8/2025         | 2025-08-31
            """)
    void readsADatedDeadline(String text, String phrase, LocalDate due) {
        assertThat(dates.find(text, DOCUMENT_DATE)).singleElement().satisfies(found -> {
            assertThat(found.phrase()).isEqualTo(phrase);
            assertThat(found.due()).isEqualTo(due);
            assertThat(found.dayOfMonth()).isNull();
            assertThat(found.yearGiven()).isTrue();
            assertThat(text.substring(found.start())).startsWith(phrase);
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            shall send reports no later than the 25th of each month.   | no later than the 25th of each month
            ska skicka rapporter senast den 25:e varje månad.          | senast den 25:e varje månad
            gửi báo cáo chậm nhất ngày 25 hằng tháng.                  | chậm nhất ngày 25 hằng tháng
            """)
    void readsAMonthlyDeadline(String text, String phrase) {
        assertThat(dates.find(text, DOCUMENT_DATE)).singleElement().satisfies(found -> {
            assertThat(found.phrase()).isEqualTo(phrase);
            assertThat(found.dayOfMonth()).isEqualTo(25);
            assertThat(found.due()).isNull();
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(Report No. 428-BC/BTCTW, dated July 31, 2025)",
                "At the meeting on August 1, 2025, the Politburo concluded as follows:",
                "from July 1 to July 31, 2025",
                "Plan No. 56-KH/BCĐ, dated July 4, 2025 of the Central Steering Committee",
                "rapport nr 428-BC/BTCTW, daterad 31 juli 2025",
                "Vid mötet den 1 augusti 2025",
                "Báo cáo số 428-BC/BTCTW ngày 31/7/2025",
                "Standby 5 June for the second meeting.",
                "Processing costs fell by 3.5 percent in 2025."
            })
    void findsNoDeadlineInADateWithoutALimitWord(String text) {
        assertThat(dates.find(text, DOCUMENT_DATE)).isEmpty();
    }

    @Test
    void takesTheYearFromTheReferenceDateWhenTheTextGivesNone() {
        List<Found> found = dates.find(
                "The draft documents must be completed by June 1 and issued by June 25.", LocalDate.of(2025, 5, 16));

        assertThat(found).extracting(Found::phrase).containsExactly("by June 1", "by June 25");
        assertThat(found).extracting(Found::due).containsExactly(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 25));
        assertThat(found).extracting(Found::yearGiven).containsOnly(false);
    }

    @Test
    void takesTheYearFromTheReferenceDateInVietnameseAndSwedishToo() {
        LocalDate reference = LocalDate.of(2026, 1, 10);

        assertThat(dates.find("nộp hồ sơ trước ngày 15/9", reference))
                .extracting(Found::due)
                .containsExactly(LocalDate.of(2026, 9, 15));
        assertThat(dates.find("klart före den 1 juli", reference))
                .extracting(Found::due)
                .containsExactly(LocalDate.of(2026, 7, 1));
    }

    @Test
    void findsSeveralDeadlinesInTextOrder() {
        String text = "Send reports no later than the 25th of each month and finish the review before August 31, 2025.";

        List<Found> found = dates.find(text, DOCUMENT_DATE);

        assertThat(found)
                .extracting(Found::phrase)
                .containsExactly("no later than the 25th of each month", "before August 31, 2025");
        assertThat(found).extracting(Found::start).isSorted();
    }

    @Test
    void readsLimitWordsAndMonthNamesInAnyCase() {
        assertThat(dates.find("BEFORE AUGUST 31, 2025", DOCUMENT_DATE))
                .extracting(Found::due)
                .containsExactly(LocalDate.of(2025, 8, 31));
        assertThat(dates.find("by Aug. 31, 2025", DOCUMENT_DATE))
                .extracting(Found::due)
                .containsExactly(LocalDate.of(2025, 8, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"before 30/2/2025", "by 31/13/2025", "no later than the 32nd of each month", "by June 31"})
    void ignoresDaysThatDoNotExist(String text) {
        assertThat(dates.find(text, DOCUMENT_DATE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The commune staff was cut by 3 junior officials.",
                "Processing time fell by 10 decades-old procedures.",
                "The board grew by 2 mayors."
            })
    void doesNotReadAWordThatStartsLikeAMonthAsAMonth(String text) {
        assertThat(dates.find(text, DOCUMENT_DATE)).isEmpty();
    }
}
