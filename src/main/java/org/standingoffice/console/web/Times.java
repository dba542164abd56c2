package org.standingoffice.console.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formats instants for the pages in Vietnamese time, where the offices are. */
final class Times {

    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(OFFICE_ZONE);

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    /** "3d 4h", "5h 12m" or "7m" since {@code instant}. */
    public String age(Instant instant) {
        if (instant == null) {
            return "";
        }
        Duration age = Duration.between(instant, Instant.now());
        if (age.toDays() > 0) {
            return age.toDays() + "d " + age.toHoursPart() + "h";
        }
        if (age.toHours() > 0) {
            return age.toHours() + "h " + age.toMinutesPart() + "m";
        }
        return Math.max(0, age.toMinutes()) + "m";
    }

    public boolean past(Instant instant) {
        return instant != null && instant.isBefore(Instant.now());
    }

    public String hours(double hours) {
        return String.format(java.util.Locale.ROOT, "%.1f", hours);
    }

    public String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }
}
