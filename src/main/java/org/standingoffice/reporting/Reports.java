package org.standingoffice.reporting;

import java.time.LocalDate;
import java.util.List;

/** The manager's reports. Days and periods are counted in the office's time zone. */
public interface Reports {

    /** Every open escalated question, oldest first. */
    List<UnresolvedEntry> unresolved();

    /** The figures for the questions received from {@code from} to {@code to}, both days included. */
    ServiceFigures figures(LocalDate from, LocalDate to);

    /**
     * The questions escalated from {@code from} to {@code to}, grouped by the words they share,
     * largest group first: what managers should ask the knowledge base to cover.
     */
    List<KnowledgeGap> knowledgeGaps(LocalDate from, LocalDate to);

    /**
     * The reporting period that contains {@code day}: from the 26th of one month to the 25th of the
     * next, since reports are due by the 25th (Conclusion 183-KL/TW, point 9).
     */
    static ReportPeriod periodOf(LocalDate day) {
        LocalDate end = day.getDayOfMonth() <= 25
                ? day.withDayOfMonth(25)
                : day.plusMonths(1).withDayOfMonth(25);
        return new ReportPeriod(end.minusMonths(1).withDayOfMonth(26), end);
    }

    record ReportPeriod(LocalDate from, LocalDate to) {}
}
