package org.standingoffice.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The office calendar beyond the week: which weekdays the offices close and which weekend days
 * they work, year by year, kept by an administrator (the government announces each year's days
 * off late in the year before). Due times are counted on it; a year missing from it would count
 * Tết as working days, so {@link #missingAhead} tells operators in time.
 */
public interface OfficeCalendar {

    /** The years the calendar holds, oldest first. */
    List<CalendarYear> years();

    Optional<CalendarYear> year(int year);

    /**
     * Sets a year's days off and make-up working days, replacing what the calendar held for it.
     *
     * @throws CalendarRefused when a date is outside the year, given twice, a working day is not on
     *     a weekend, a name is blank, or nothing is given
     */
    CalendarYear save(CalendarYear year, String by);

    boolean isDayOff(LocalDate day);

    boolean isMakeUpWorkingDay(LocalDate day);

    /** The years from {@code from}'s to {@code to}'s that the calendar does not hold, in order. */
    List<Integer> missingBetween(LocalDate from, LocalDate to);

    /**
     * The years missing from today to {@link TimeProperties#calendarHorizon()} ahead, in the
     * office's time zone: empty while the calendar is kept up to date.
     */
    List<Integer> missingAhead();
}
