package org.standingoffice.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PublicHolidaysTests {

    @Test
    void theShippedFileParsesAndContainsNationalDayAndNewYear() {
        Set<LocalDate> holidays = PublicHolidays.load(List.of());

        assertThat(holidays).contains(LocalDate.of(2025, 9, 2), LocalDate.of(2026, 1, 1));
    }

    @Test
    void theShippedFileHasTheTetWeeksAndTheSwappedDays() {
        Set<LocalDate> holidays = PublicHolidays.load(List.of());

        assertThat(holidays)
                .contains(LocalDate.of(2025, 1, 27), LocalDate.of(2025, 1, 31))
                .contains(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 20))
                .contains(LocalDate.of(2025, 5, 2), LocalDate.of(2026, 1, 2), LocalDate.of(2026, 8, 31))
                .contains(LocalDate.of(2026, 4, 27));
    }

    @Test
    void theShippedFileListsOnlyWeekdays() {
        assertThat(PublicHolidays.load(List.of()))
                .extracting(LocalDate::getDayOfWeek)
                .doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void addsConfiguredExtraDates() {
        Set<LocalDate> shipped = PublicHolidays.load(List.of());

        Set<LocalDate> holidays = PublicHolidays.load(List.of("2026-11-24", " 2027-01-01 ", "2026-01-01"));

        assertThat(holidays)
                .containsAll(shipped)
                .contains(LocalDate.of(2026, 11, 24), LocalDate.of(2027, 1, 1))
                .hasSize(shipped.size() + 2);
    }

    @Test
    void rejectsAnExtraDateThatIsNotADate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PublicHolidays.load(List.of("2026-02-30")))
                .withMessage("extra holiday: '2026-02-30' is not a date in the form YYYY-MM-DD");
    }

    @Test
    void ignoresCommentsAndBlankLinesAndKeepsOnlyTheDates() {
        String text = """
                # a comment
                2025-01-01 Tết Dương lịch

                   # an indented comment
                2025-09-02\tQuốc khánh (National Day)
                """;

        assertThat(PublicHolidays.parse("test", text))
                .containsExactlyInAnyOrder(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 9, 2));
    }

    @Test
    void aLineWithAnInvalidDateIsReportedByItsNumber() {
        String text = """
                # holidays
                2025-01-01 New Year
                2025-13-01 No such month
                """;

        assertThatIllegalArgumentException()
                .isThrownBy(() -> PublicHolidays.parse("holidays.txt", text))
                .withMessage("holidays.txt line 3: '2025-13-01' is not a date in the form YYYY-MM-DD");
    }

    @Test
    void aLineWithoutANameIsReportedByItsNumber() {
        String text = """
                2025-01-01 New Year

                2025-09-02
                """;

        assertThatIllegalArgumentException()
                .isThrownBy(() -> PublicHolidays.parse("holidays.txt", text))
                .withMessage("holidays.txt line 3: expected 'YYYY-MM-DD name' but found '2025-09-02'");
    }

    @Test
    void aLineInAnotherDateFormatIsReportedByItsNumber() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PublicHolidays.parse("holidays.txt", "02/09/2025 Quốc khánh"))
                .withMessageStartingWith("holidays.txt line 1: '02/09/2025'");
    }
}
