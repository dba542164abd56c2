package org.standingoffice.knowledge;

import java.time.LocalDate;

/**
 * A date or recurring deadline written in a document, with who must meet it and what is due.
 *
 * @param phrase the deadline as written, e.g. "before August 31, 2025"
 * @param due the last day, or {@code null} for a monthly deadline
 * @param dayOfMonth for a monthly deadline ("no later than the 25th of each month"), else {@code null}
 * @param responsible the body that must act, as written; empty when the text does not say
 * @param task the sentence that states the task
 */
public record Deadline(String phrase, LocalDate due, Integer dayOfMonth, String responsible, String task) {

    public boolean isMonthly() {
        return dayOfMonth != null;
    }

    /** Whether this deadline falls on or before {@code date}; a monthly one always does. */
    public boolean isDueBy(LocalDate date) {
        return isMonthly() || !due.isAfter(date);
    }
}
