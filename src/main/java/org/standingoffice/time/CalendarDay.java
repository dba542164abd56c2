package org.standingoffice.time;

import java.time.LocalDate;

/** A date the office calendar names: a weekday off, or a weekend day worked to make up for one. */
public record CalendarDay(LocalDate date, String name) {}
