package org.standingoffice.console.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Formats instants, ages and durations for the pages: in the office's time zone, wherever the server is,
 * and in the reader's language ("45 phút", "3,5 giờ", "2 ngày", never "0.0 h").
 */
final class Times {

    private final MessageSource messages;
    private final Clock clock;
    private final DateTimeFormatter format;

    /** @param zone the office's: times read as its clock face */
    Times(MessageSource messages, Clock clock, ZoneId zone) {
        this.messages = messages;
        this.clock = clock;
        this.format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    public String format(Instant instant) {
        return instant == null ? "" : format.format(instant);
    }

    /** "3 ngày 4 giờ", "5 giờ 12 phút" or "7 phút" since {@code instant}. */
    public String age(Instant instant) {
        if (instant == null) {
            return "";
        }
        Duration age = Duration.between(instant, clock.instant());
        if (age.toDays() > 0) {
            return message("console.time.daysHours", age.toDays(), age.toHoursPart());
        }
        if (age.toHours() > 0) {
            return message("console.time.hoursMinutes", age.toHours(), age.toMinutesPart());
        }
        return message("console.time.minutes", Math.max(0, age.toMinutes()));
    }

    /**
     * A duration given in hours, in the unit a person reads it best: minutes below an hour, hours
     * (one decimal below ten) below two days, days after that.
     */
    public String duration(double hours) {
        if (hours < 1) {
            return message("console.time.minutes", Math.round(hours * 60));
        }
        if (hours < 48) {
            return message(
                    "console.time.hours", decimal(hours < 10 ? Math.round(hours * 10) / 10.0 : Math.round(hours)));
        }
        return message("console.time.days", decimal(Math.round(hours / 24 * 10) / 10.0));
    }

    public boolean past(Instant instant) {
        return instant != null && instant.isBefore(clock.instant());
    }

    public String percent(double share) {
        return String.format(locale(), "%.0f %%", share * 100);
    }

    private String decimal(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(locale(), "%.1f", value);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
