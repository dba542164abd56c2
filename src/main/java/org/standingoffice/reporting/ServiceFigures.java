package org.standingoffice.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.standingoffice.desk.QuestionStatus;

/**
 * How the office served the questions of a period.
 *
 * @param byStatus where the period's questions are now
 * @param days new and answered questions per day, every day of the period
 * @param firstResponseHours median and 90th percentile of the time to the first staff response (or
 *     automatic answer), over the questions that had one; {@code null} when none did
 * @param answerHours the same for the time to the answer
 * @param slaBreaches questions whose due time passed before they were dealt with
 * @param approvedUnchanged drafts approved as written
 * @param approvedEdited drafts approved after staff edited them
 * @param rejected drafts staff rejected
 * @param escalated questions escalated at least once
 * @param byOffice questions per office
 * @param byProvince questions per province (blank when the asker gave none)
 * @param byTopic questions per glossary topic id, most first; a question naming concepts of two
 *     topics counts for both, one naming none counts under the blank topic
 * @param citedDocuments answers written in the period per document number they cite, most first
 */
public record ServiceFigures(
        LocalDate from,
        LocalDate to,
        long received,
        long answered,
        Map<QuestionStatus, Long> byStatus,
        List<DayCount> days,
        Spread firstResponseHours,
        Spread answerHours,
        long slaBreaches,
        long approvedUnchanged,
        long approvedEdited,
        long rejected,
        long escalated,
        Map<String, Long> byOffice,
        Map<String, Long> byProvince,
        Map<String, Long> byTopic,
        Map<String, Long> citedDocuments) {

    /** The share of the period's questions that were escalated, 0–1. */
    public double escalationRate() {
        return received == 0 ? 0 : (double) escalated / received;
    }

    public record DayCount(LocalDate day, long received, long answered) {}

    public record Spread(double median, double p90, int count) {}
}
