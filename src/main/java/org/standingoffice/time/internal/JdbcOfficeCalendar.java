package org.standingoffice.time.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.standingoffice.time.CalendarDay;
import org.standingoffice.time.CalendarRefused;
import org.standingoffice.time.CalendarRefused.Reason;
import org.standingoffice.time.CalendarYear;
import org.standingoffice.time.OfficeCalendar;
import org.standingoffice.time.TimeProperties;

/**
 * The calendar in the {@code calendar_day} table. Due-time arithmetic asks it about many days per
 * action, so it answers from a copy in memory, read again after a save here and at most
 * {@link #STALE_AFTER} after a save by another instance sharing the database.
 */
@Service
@Transactional
class JdbcOfficeCalendar implements OfficeCalendar {

    static final Duration STALE_AFTER = Duration.ofMinutes(1);
    static final String DAY_OFF = "DAY_OFF";
    static final String WORKING_DAY = "WORKING_DAY";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration horizon;
    private volatile Snapshot snapshot;

    JdbcOfficeCalendar(JdbcClient jdbc, Clock clock, ZoneId officeZone, TimeProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = officeZone;
        this.horizon = properties.calendarHorizon();
    }

    /** The calendar as read at {@code loadedAt}, by year. */
    private record Snapshot(
            Instant loadedAt, Map<Integer, CalendarYear> years, Set<LocalDate> off, Set<LocalDate> worked) {}

    @Override
    @Transactional(readOnly = true)
    public List<CalendarYear> years() {
        return List.copyOf(current().years().values());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CalendarYear> year(int year) {
        return Optional.ofNullable(current().years().get(year));
    }

    @Override
    public CalendarYear save(CalendarYear year, String by) {
        check(year);
        Instant now = clock.instant();
        jdbc.sql("delete from calendar_day where calendar_date >= ? and calendar_date <= ?")
                .params(Date.valueOf(LocalDate.of(year.year(), 1, 1)), Date.valueOf(LocalDate.of(year.year(), 12, 31)))
                .update();
        insert(year.daysOff(), DAY_OFF, by, now);
        insert(year.workingDays(), WORKING_DAY, by, now);
        snapshot = null;
        return year(year.year()).orElseThrow();
    }

    private void insert(List<CalendarDay> days, String kind, String by, Instant now) {
        for (CalendarDay day : days) {
            jdbc.sql("insert into calendar_day (calendar_date, kind, name, added_by, added_at) values (?, ?, ?, ?, ?)")
                    .params(Date.valueOf(day.date()), kind, day.name().strip(), by, Timestamp.from(now))
                    .update();
        }
    }

    private static void check(CalendarYear year) {
        if (year.year() < 2000 || year.year() > 2100) {
            throw new CalendarRefused(Reason.YEAR, null);
        }
        if (year.daysOff().isEmpty() && year.workingDays().isEmpty()) {
            throw new CalendarRefused(Reason.EMPTY, null);
        }
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarDay day : Stream.concat(year.daysOff().stream(), year.workingDays().stream())
                .toList()) {
            if (day.date().getYear() != year.year()) {
                throw new CalendarRefused(Reason.OTHER_YEAR, day.date());
            }
            if (!seen.add(day.date())) {
                throw new CalendarRefused(Reason.TWICE, day.date());
            }
            if (day.name() == null || day.name().isBlank()) {
                throw new CalendarRefused(Reason.NO_NAME, day.date());
            }
        }
        for (CalendarDay day : year.workingDays()) {
            DayOfWeek weekday = day.date().getDayOfWeek();
            if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
                throw new CalendarRefused(Reason.NOT_WEEKEND, day.date());
            }
        }
    }

    @Override
    public boolean isDayOff(LocalDate day) {
        return current().off().contains(day);
    }

    @Override
    public boolean isMakeUpWorkingDay(LocalDate day) {
        return current().worked().contains(day);
    }

    @Override
    public List<Integer> missingBetween(LocalDate from, LocalDate to) {
        Set<Integer> held = current().years().keySet();
        List<Integer> missing = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!held.contains(year)) {
                missing.add(year);
            }
        }
        return missing;
    }

    @Override
    public List<Integer> missingAhead() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return missingBetween(today, today.plusDays(horizon.toDays()));
    }

    private Snapshot current() {
        Snapshot read = snapshot;
        Instant now = clock.instant();
        if (read == null || !now.isBefore(read.loadedAt().plus(STALE_AFTER)) || now.isBefore(read.loadedAt())) {
            read = load(now);
            snapshot = read;
        }
        return read;
    }

    private Snapshot load(Instant now) {
        Map<Integer, List<CalendarDay>> off = new TreeMap<>();
        Map<Integer, List<CalendarDay>> worked = new TreeMap<>();
        jdbc.sql("select calendar_date, kind, name from calendar_day order by calendar_date")
                .query(rs -> {
                    LocalDate day = rs.getDate("calendar_date").toLocalDate();
                    CalendarDay entry = new CalendarDay(day, rs.getString("name"));
                    boolean dayOff = DAY_OFF.equals(rs.getString("kind"));
                    (dayOff ? off : worked)
                            .computeIfAbsent(day.getYear(), y -> new ArrayList<>())
                            .add(entry);
                    (dayOff ? worked : off).computeIfAbsent(day.getYear(), y -> new ArrayList<>());
                });
        Map<Integer, CalendarYear> years = new TreeMap<>();
        off.forEach((year, days) -> years.put(year, new CalendarYear(year, days, worked.get(year))));
        Set<LocalDate> offDays = new HashSet<>();
        Set<LocalDate> workedDays = new HashSet<>();
        off.values().forEach(days -> days.forEach(d -> offDays.add(d.date())));
        worked.values().forEach(days -> days.forEach(d -> workedDays.add(d.date())));
        return new Snapshot(now, years, Set.copyOf(offDays), Set.copyOf(workedDays));
    }
}
