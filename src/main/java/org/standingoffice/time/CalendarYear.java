package org.standingoffice.time;

import java.util.List;

/**
 * One year of the office calendar, as an administrator keeps it.
 *
 * @param daysOff weekdays on which the offices close (holidays, compensatory and swapped days)
 * @param workingDays weekend days on which the offices work, to make up for a swapped day off
 */
public record CalendarYear(int year, List<CalendarDay> daysOff, List<CalendarDay> workingDays) {

    public CalendarYear {
        daysOff = List.copyOf(daysOff);
        workingDays = List.copyOf(workingDays);
    }
}
