package org.standingoffice.time.internal;

import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;
import org.standingoffice.time.OfficeCalendar;

/**
 * {@code officeCalendar} in {@code /actuator/health}: {@code DEGRADED} (answered 200) while a year
 * within the horizon is missing from the office calendar — due times would then count its days
 * off as working days — so operators add it before it matters.
 */
@Component("officeCalendar")
class CalendarHealth implements HealthIndicator {

    static final String DEGRADED = "DEGRADED";

    private final OfficeCalendar calendar;

    CalendarHealth(OfficeCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public Health health() {
        List<Integer> missing = calendar.missingAhead();
        return missing.isEmpty()
                ? Health.up().build()
                : Health.status(new Status(DEGRADED, "office calendar lacks days off; add them in the console"))
                        .withDetail("missingYears", missing)
                        .build();
    }
}
