package org.standingoffice.desk.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.util.Assert;

/**
 * The office's working time: which moments count towards an SLA and how far a deadline lies in working
 * hours or working days.
 *
 * <p>A working day is one of the configured days of the week that is not a holiday; on a working day the
 * office works in the configured periods of local time, each period including its start and excluding its
 * end. So 07:30 is a working moment, 11:30 is not, and a deadline that uses up a period exactly falls on
 * its end (11:30), not on the start of the next one. Periods cannot span midnight. Durations are measured
 * on the time line, so in a zone with daylight saving a period that contains a clock change is an hour
 * shorter or longer; the default zone has none.
 *
 * <p>Instances are immutable and thread-safe.
 */
class WorkingCalendar {

    /** Public-office hours in Vietnam: mornings and afternoons around a two-hour lunch break. */
    static final List<Period> OFFICE_HOURS = List.of(
            new Period(LocalTime.of(7, 30), LocalTime.of(11, 30)),
            new Period(LocalTime.of(13, 30), LocalTime.of(17, 0)));

    static final Set<DayOfWeek> MONDAY_TO_FRIDAY = Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    private final ZoneId zone;
    private final List<Period> periods;
    private final Set<DayOfWeek> workingDays;
    private final Exceptions exceptions;

    /** The dates on which the week's pattern does not hold: days off, and weekend days worked. */
    interface Exceptions {
        boolean isDayOff(LocalDate day);

        boolean isMakeUpWorkingDay(LocalDate day);

        /** Only days off, fixed. */
        static Exceptions daysOff(Set<LocalDate> days) {
            Assert.notNull(days, "holidays must not be null");
            Assert.noNullElements(days, "holidays must not contain null");
            Set<LocalDate> off = Set.copyOf(days);
            return new Exceptions() {
                @Override
                public boolean isDayOff(LocalDate day) {
                    return off.contains(day);
                }

                @Override
                public boolean isMakeUpWorkingDay(LocalDate day) {
                    return false;
                }
            };
        }
    }

    /**
     * @param periods the working periods of every working day, in order and not overlapping (one may
     *     start exactly where the previous one ends)
     * @throws IllegalArgumentException if an argument is null, contains null or is empty (holidays may be
     *     empty), or the periods are out of order or overlap
     */
    WorkingCalendar(ZoneId zone, List<Period> periods, Set<DayOfWeek> workingDays, Set<LocalDate> holidays) {
        this(zone, periods, workingDays, Exceptions.daysOff(holidays));
    }

    /** @param exceptions asked on every computation: an administrator's change counts at once */
    WorkingCalendar(ZoneId zone, List<Period> periods, Set<DayOfWeek> workingDays, Exceptions exceptions) {
        Assert.notNull(zone, "zone must not be null");
        Assert.notEmpty(periods, "at least one working period is required");
        Assert.noNullElements(periods, "working periods must not contain null");
        for (int i = 1; i < periods.size(); i++) {
            Period previous = periods.get(i - 1);
            Period current = periods.get(i);
            Assert.isTrue(
                    !current.start().isBefore(previous.end()),
                    () -> "working periods must be in order and must not overlap, but " + current + " starts before "
                            + previous + " ends");
        }
        Assert.notEmpty(workingDays, "at least one working day is required");
        Assert.noNullElements(workingDays, "working days must not contain null");
        Assert.notNull(exceptions, "exceptions must not be null");
        this.zone = zone;
        this.periods = List.copyOf(periods);
        this.workingDays = Set.copyOf(workingDays);
        this.exceptions = exceptions;
    }

    /** A Vietnamese public office: {@link #OFFICE_HOURS}, Monday to Friday, in the office's zone. */
    static WorkingCalendar publicOffice(ZoneId zone, Set<LocalDate> holidays) {
        return new WorkingCalendar(zone, OFFICE_HOURS, MONDAY_TO_FRIDAY, holidays);
    }

    /** A Vietnamese public office whose days off and make-up working days come from {@code exceptions}. */
    static WorkingCalendar publicOffice(ZoneId zone, Exceptions exceptions) {
        return new WorkingCalendar(zone, OFFICE_HOURS, MONDAY_TO_FRIDAY, exceptions);
    }

    /**
     * The moment {@code workingTime} of working time after {@code start}. Counting begins at the first
     * working moment at or after {@code start}, so a zero duration returns that moment.
     *
     * @throws IllegalArgumentException if an argument is null or the duration is negative
     */
    Instant plusWorkingTime(Instant start, Duration workingTime) {
        Assert.notNull(start, "start must not be null");
        Assert.notNull(workingTime, "working time must not be null");
        Assert.isTrue(!workingTime.isNegative(), () -> "working time must not be negative, but was " + workingTime);
        Duration remaining = workingTime;
        Iterator<Span> spans = spansFrom(start).iterator();
        while (true) {
            Span span = spans.next();
            if (remaining.compareTo(span.length()) <= 0) {
                return span.start().plus(remaining);
            }
            remaining = remaining.minus(span.length());
        }
    }

    /**
     * The same local time {@code days} working days after {@code start}, or after the first working moment
     * at or after {@code start} when {@code start} is outside working time. Zero days returns that first
     * working moment.
     *
     * @throws IllegalArgumentException if {@code start} is null or {@code days} is negative
     */
    Instant plusWorkingDays(Instant start, int days) {
        Assert.notNull(start, "start must not be null");
        Assert.isTrue(days >= 0, () -> "working days must not be negative, but was " + days);
        ZonedDateTime first = nextWorkingMoment(start).atZone(zone);
        LocalDate day = first.toLocalDate();
        for (int i = 0; i < days; i++) {
            day = nextWorkingDayAfter(day);
        }
        return ZonedDateTime.of(day, first.toLocalTime(), zone).toInstant();
    }

    /**
     * The working time within {@code [from, to)}; zero if {@code to} is not after {@code from}.
     *
     * @throws IllegalArgumentException if an argument is null
     */
    Duration workingTimeBetween(Instant from, Instant to) {
        Assert.notNull(from, "from must not be null");
        Assert.notNull(to, "to must not be null");
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        return spansFrom(from)
                .takeWhile(span -> span.start().isBefore(to))
                .map(span -> span.clippedTo(to).length())
                .reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * Whether {@code moment} lies in a working period of a working day.
     *
     * @throws IllegalArgumentException if {@code moment} is null
     */
    boolean isWorkingMoment(Instant moment) {
        Assert.notNull(moment, "moment must not be null");
        LocalDate day = moment.atZone(zone).toLocalDate();
        return isWorkingDay(day) && spansOn(day).anyMatch(span -> span.contains(moment));
    }

    private Instant nextWorkingMoment(Instant moment) {
        return spansFrom(moment).findFirst().orElseThrow().start();
    }

    private LocalDate nextWorkingDayAfter(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private boolean isWorkingDay(LocalDate day) {
        return (workingDays.contains(day.getDayOfWeek()) || exceptions.isMakeUpWorkingDay(day))
                && !exceptions.isDayOff(day);
    }

    /**
     * The working time from {@code moment} on as an endless sequence, the first span clipped to start no
     * earlier than {@code moment}. It never runs dry: there is at least one working day a week and only
     * finitely many holidays.
     */
    private Stream<Span> spansFrom(Instant moment) {
        return Stream.iterate(moment.atZone(zone).toLocalDate(), day -> day.plusDays(1))
                .filter(this::isWorkingDay)
                .flatMap(this::spansOn)
                .filter(span -> span.end().isAfter(moment))
                .map(span -> span.clippedFrom(moment));
    }

    private Stream<Span> spansOn(LocalDate day) {
        return periods.stream()
                .map(period -> new Span(
                        ZonedDateTime.of(day, period.start(), zone).toInstant(),
                        ZonedDateTime.of(day, period.end(), zone).toInstant()))
                // a period starting in a daylight-saving gap is pushed forward and may then end before it starts
                .filter(span -> span.end().isAfter(span.start()));
    }

    /**
     * A working period of the day in local time, from {@code start} inclusive to {@code end} exclusive.
     *
     * @throws IllegalArgumentException if a bound is null or {@code end} is not after {@code start}
     */
    record Period(LocalTime start, LocalTime end) {

        Period {
            Assert.notNull(start, "working period start must not be null");
            Assert.notNull(end, "working period end must not be null");
            Assert.isTrue(
                    start.isBefore(end), () -> "working period must end after it starts, but was " + start + "–" + end);
        }

        @Override
        public String toString() {
            return start + "–" + end;
        }
    }

    /** A stretch of working time on the time line, {@code start} inclusive, {@code end} exclusive. */
    private record Span(Instant start, Instant end) {

        Duration length() {
            return Duration.between(start, end);
        }

        boolean contains(Instant moment) {
            return !moment.isBefore(start) && moment.isBefore(end);
        }

        Span clippedFrom(Instant moment) {
            return moment.isAfter(start) ? new Span(moment, end) : this;
        }

        Span clippedTo(Instant moment) {
            return moment.isBefore(end) ? new Span(start, moment) : this;
        }
    }
}
