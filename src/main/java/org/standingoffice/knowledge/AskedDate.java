package org.standingoffice.knowledge;

import java.time.LocalDate;
import java.util.Optional;
import org.standingoffice.knowledge.internal.DateExpressions;

/**
 * A deadline date a question asks about ("what is due by 31 August?"), read with the same rules
 * as deadlines in documents.
 *
 * @param yearGiven whether the question named the year; if not, {@code date} carries the
 *     reference year and only its month and day are meaningful
 */
public record AskedDate(LocalDate date, boolean yearGiven) {

    private static final DateExpressions DATES = new DateExpressions();

    /**
     * The first dated deadline phrase in {@code question}; monthly ones are not dates.
     *
     * @param today the office's date, the reference year of a date given without one
     */
    public static Optional<AskedDate> in(String question, LocalDate today) {
        return DATES.find(question, today).stream()
                .filter(found -> found.due() != null)
                .findFirst()
                .map(found -> new AskedDate(found.due(), found.yearGiven()));
    }
}
