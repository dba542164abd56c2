package org.standingoffice.time.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.standingoffice.time.CalendarDay;
import org.standingoffice.time.CalendarRefused;
import org.standingoffice.time.CalendarRefused.Reason;
import org.standingoffice.time.CalendarYear;
import org.standingoffice.time.TimeProperties;

/** The office calendar on the migrated schema: the seed, the checks, the horizon, two instances. */
class JdbcOfficeCalendarTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path dir;

    JdbcClient jdbc;
    Instant now = Instant.parse("2026-12-07T01:00:00Z");
    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @BeforeEach
    void database() {
        JdbcDataSource data = new JdbcDataSource();
        data.setURL("jdbc:h2:file:" + dir.resolve("office") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        data.setUser("sa");
        Flyway.configure()
                .dataSource(data)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .placeholders(Map.of("default-office-name", "Văn phòng"))
                .load()
                .migrate();
        jdbc = JdbcClient.create(data);
    }

    JdbcOfficeCalendar calendar() {
        return new JdbcOfficeCalendar(jdbc, clock, ZONE, new TimeProperties(ZONE, Duration.ofDays(60)));
    }

    @Test
    void theSeedHoldsTheShippedYearsWithTheirMakeUpSaturdays() {
        JdbcOfficeCalendar calendar = calendar();

        assertThat(calendar.years()).extracting(CalendarYear::year).containsExactly(2025, 2026);
        assertThat(calendar.isDayOff(LocalDate.of(2026, 2, 17))).isTrue();
        assertThat(calendar.isMakeUpWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(calendar.isDayOff(LocalDate.of(2026, 1, 10))).isFalse();
        // 7 Dec 2026 + 60 days reaches into 2027, which nobody has entered yet.
        assertThat(calendar.missingAhead()).containsExactly(2027);
        now = Instant.parse("2026-10-01T00:00:00Z");
        assertThat(calendar().missingAhead()).isEmpty();
    }

    /** The Vietnamese console showed "Làm bù (swapped with Fri 2 Jan 2026)" on its calendar page. */
    @Test
    void theSeededDaysAreNamedInVietnamese() {
        List<String> names = jdbc.sql("select name from calendar_day where added_by = 'seed'")
                .query(String.class)
                .list();

        assertThat(names)
                .isNotEmpty()
                .noneMatch(name -> name.matches(
                        "(?i).*\\b(swapped|compensatory|national|adjacent|new year|worked|falls|sat|sun|mon|fri)\\b.*"))
                .contains("Làm bù cho ngày nghỉ thứ Sáu 2/1/2026", "Nghỉ hoán đổi (làm bù thứ Bảy 10/1/2026)");
    }

    @Test
    void refusesWhatIsNotAYearsCalendar() {
        JdbcOfficeCalendar calendar = calendar();
        LocalDate friday = LocalDate.of(2027, 1, 1);
        LocalDate saturday = LocalDate.of(2027, 2, 20);

        assertRefused(calendar, new CalendarYear(1999, List.of(day(friday)), List.of()), Reason.YEAR);
        assertRefused(calendar, new CalendarYear(2027, List.of(), List.of()), Reason.EMPTY);
        assertRefused(
                calendar, new CalendarYear(2027, List.of(day(LocalDate.of(2028, 1, 3))), List.of()), Reason.OTHER_YEAR);
        assertRefused(calendar, new CalendarYear(2027, List.of(day(saturday)), List.of(day(saturday))), Reason.TWICE);
        assertRefused(calendar, new CalendarYear(2027, List.of(), List.of(day(friday))), Reason.NOT_WEEKEND);
        assertRefused(
                calendar, new CalendarYear(2027, List.of(new CalendarDay(friday, " ")), List.of()), Reason.NO_NAME);
        assertThat(calendar.year(2027)).isEmpty();
    }

    @Test
    void savingAYearReplacesItAndAnotherInstanceSeesItWithinAMinute() {
        JdbcOfficeCalendar here = calendar();
        JdbcOfficeCalendar there = calendar();
        assertThat(there.isDayOff(LocalDate.of(2027, 2, 8))).isFalse();

        here.save(new CalendarYear(2027, List.of(day(LocalDate.of(2027, 2, 8))), List.of()), "admin");
        here.save(
                new CalendarYear(2027, List.of(day(LocalDate.of(2027, 2, 9))), List.of(day(LocalDate.of(2027, 2, 20)))),
                "admin");

        assertThat(here.isDayOff(LocalDate.of(2027, 2, 8))).isFalse();
        assertThat(here.isDayOff(LocalDate.of(2027, 2, 9))).isTrue();
        assertThat(here.isMakeUpWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
        now = now.plus(JdbcOfficeCalendar.STALE_AFTER).minusSeconds(1);
        assertThat(there.isDayOff(LocalDate.of(2027, 2, 9))).isFalse();
        now = now.plusSeconds(1);
        assertThat(there.isDayOff(LocalDate.of(2027, 2, 9))).isTrue();
        assertThat(there.missingAhead()).isEmpty();
    }

    private static CalendarDay day(LocalDate date) {
        return new CalendarDay(date, "Tết");
    }

    private static void assertRefused(JdbcOfficeCalendar calendar, CalendarYear year, Reason reason) {
        assertThatThrownBy(() -> calendar.save(year, "admin"))
                .isInstanceOfSatisfying(
                        CalendarRefused.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
