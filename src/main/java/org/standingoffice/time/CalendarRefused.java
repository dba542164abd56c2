package org.standingoffice.time;

import java.time.LocalDate;

/** A calendar year an administrator entered that the calendar does not take, and why. */
public class CalendarRefused extends IllegalArgumentException {

    public enum Reason {
        /** The year is before 2000 or after 2100. */
        YEAR,
        /** A date lies outside the year being entered. */
        OTHER_YEAR,
        /** A date is given twice, or as both a day off and a working day. */
        TWICE,
        /** A make-up working day that is not a Saturday or Sunday: weekdays are working days anyway. */
        NOT_WEEKEND,
        /** A date without a name: every date says what it is. */
        NO_NAME,
        /** Neither days off nor working days. */
        EMPTY
    }

    private final Reason reason;
    private final LocalDate date;

    public CalendarRefused(Reason reason, LocalDate date) {
        super(reason + (date == null ? "" : " " + date));
        this.reason = reason;
        this.date = date;
    }

    public Reason reason() {
        return reason;
    }

    /** The date concerned, or {@code null} when the refusal is about the whole year. */
    public LocalDate date() {
        return date;
    }
}
