package org.standingoffice.desk.internal;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Due times in working time: a draft is due for approval within the office's working hours, an
 * escalated question within its working days.
 */
@Component
class SlaClock {

    private final WorkingCalendar calendar;

    SlaClock(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    Instant approvalDue(Office office, Instant from) {
        return calendar.plusWorkingTime(from, Duration.ofHours(office.approvalHours()));
    }

    Instant answerDue(Office office, Instant from) {
        return calendar.plusWorkingDays(from, office.answerDays());
    }
}
