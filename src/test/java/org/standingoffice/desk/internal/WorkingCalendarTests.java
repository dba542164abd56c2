package org.standingoffice.desk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.standingoffice.desk.internal.WorkingCalendar.Period;

/** Working time of a Vietnamese public office: 07:30–11:30 and 13:30–17:00, Monday to Friday. */
class WorkingCalendarTests {

    /** The office zone the service runs with by default (office.time.zone). */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    // Tết Bính Ngọ 2026 and the 30 April / 1 May 2025 break with its swapped Friday, as listed in the shipped file
    static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 2, 17),
            LocalDate.of(2026, 2, 18),
            LocalDate.of(2026, 2, 19),
            LocalDate.of(2026, 2, 20),
            LocalDate.of(2025, 4, 30),
            LocalDate.of(2025, 5, 1),
            LocalDate.of(2025, 5, 2));

    final WorkingCalendar calendar = WorkingCalendar.publicOffice(ZONE, HOLIDAYS);

    /** The instant of a local date-time in Ho Chi Minh City, e.g. {@code "2025-10-03T16:30"} (a Friday). */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    static Duration hours(double hours) {
        return Duration.ofMinutes(Math.round(hours * 60));
    }

    @Nested
    class MakeUpWorkingDays {

        /** Sat 10 Jan 2026 was worked to make up for Fri 2 Jan 2026, a day off. */
        final WorkingCalendar swapped = WorkingCalendar.publicOffice(ZONE, new WorkingCalendar.Exceptions() {
            @Override
            public boolean isDayOff(LocalDate day) {
                return day.equals(LocalDate.of(2026, 1, 2));
            }

            @Override
            public boolean isMakeUpWorkingDay(LocalDate day) {
                return day.equals(LocalDate.of(2026, 1, 10));
            }
        });

        @Test
        void aMadeUpSaturdayCountsItsOfficeHoursAndTheSwappedFridayNone() {
            assertThat(swapped.isWorkingMoment(at("2026-01-10T08:00"))).isTrue();
            assertThat(swapped.isWorkingMoment(at("2026-01-17T08:00"))).isFalse();
            assertThat(swapped.isWorkingMoment(at("2026-01-02T08:00"))).isFalse();
            // Friday 9 Jan 16:00 + 2 working hours: one on Friday, one on Saturday morning.
            assertThat(swapped.plusWorkingTime(at("2026-01-09T16:00"), hours(2)))
                    .isEqualTo(at("2026-01-10T08:30"));
        }
    }

    @Nested
    class PlusWorkingTime {

        @Test
        void aQuestionReceivedLateOnFridayIsDueOnMonday() {
            assertThat(calendar.plusWorkingTime(at("2025-10-03T16:30"), hours(4)))
                    .isEqualTo(at("2025-10-06T11:00"));
        }

        @Test
        void theLunchBreakDoesNotCount() {
            assertThat(calendar.plusWorkingTime(at("2025-10-01T11:00"), hours(1)))
                    .isEqualTo(at("2025-10-01T14:00"));
        }

        @Test
        void aQuestionReceivedDuringLunchStartsCountingAfterIt() {
            assertThat(calendar.plusWorkingTime(at("2025-10-01T12:15"), hours(1)))
                    .isEqualTo(at("2025-10-01T14:30"));
        }

        @Test
        void aQuestionReceivedAtNightStartsCountingNextMorning() {
            assertThat(calendar.plusWorkingTime(at("2025-10-01T21:00"), hours(1)))
                    .isEqualTo(at("2025-10-02T08:30"));
            assertThat(calendar.plusWorkingTime(at("2025-10-02T05:00"), hours(1)))
                    .isEqualTo(at("2025-10-02T08:30"));
        }

        @Test
        void aQuestionReceivedAtTheWeekendStartsCountingOnMonday() {
            assertThat(calendar.plusWorkingTime(at("2025-10-04T10:00"), hours(2)))
                    .isEqualTo(at("2025-10-06T09:30"));
        }

        @Test
        void aQuestionReceivedTheDayBeforeTetIsDueAfterTheHolidays() {
            // Friday 13 Feb 2026 is the last working day; the office reopens on Monday 23 Feb
            assertThat(calendar.plusWorkingTime(at("2026-02-13T16:00"), hours(4)))
                    .isEqualTo(at("2026-02-23T10:30"));
        }

        @Test
        void aQuestionReceivedDuringTetStartsCountingWhenTheOfficeReopens() {
            assertThat(calendar.plusWorkingTime(at("2026-02-17T09:00"), Duration.ZERO))
                    .isEqualTo(at("2026-02-23T07:30"));
        }

        @Test
        void aDeadlineThatUsesUpAPeriodFallsOnItsEnd() {
            assertThat(calendar.plusWorkingTime(at("2025-10-01T07:30"), hours(4)))
                    .isEqualTo(at("2025-10-01T11:30"));
            assertThat(calendar.plusWorkingTime(at("2025-10-03T16:30"), hours(0.5)))
                    .isEqualTo(at("2025-10-03T17:00"));
        }

        @Test
        void countingFromTheEndOfAPeriodStartsAtTheNextOne() {
            assertThat(calendar.plusWorkingTime(at("2025-10-01T11:30"), hours(1)))
                    .isEqualTo(at("2025-10-01T14:30"));
            assertThat(calendar.plusWorkingTime(at("2025-10-03T17:00"), hours(1)))
                    .isEqualTo(at("2025-10-06T08:30"));
        }

        @Test
        void countingFromTheStartOfAPeriodStartsRightAway() {
            assertThat(calendar.plusWorkingTime(at("2025-10-01T13:30"), hours(1)))
                    .isEqualTo(at("2025-10-01T14:30"));
        }

        @Test
        void aFullWorkingWeekIsThirtySevenAndAHalfHours() {
            assertThat(calendar.plusWorkingTime(at("2025-10-06T07:30"), hours(37.5)))
                    .isEqualTo(at("2025-10-10T17:00"));
        }

        @Test
        void zeroWorkingTimeReturnsTheStartWhenItIsAWorkingMoment() {
            assertThat(calendar.plusWorkingTime(at("2025-10-01T10:00"), Duration.ZERO))
                    .isEqualTo(at("2025-10-01T10:00"));
        }

        @Test
        void zeroWorkingTimeReturnsTheNextWorkingMomentOtherwise() {
            assertThat(calendar.plusWorkingTime(at("2025-10-04T10:00"), Duration.ZERO))
                    .isEqualTo(at("2025-10-06T07:30"));
            assertThat(calendar.plusWorkingTime(at("2025-10-03T17:00"), Duration.ZERO))
                    .isEqualTo(at("2025-10-06T07:30"));
        }

        @Test
        void rejectsNegativeWorkingTime() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.plusWorkingTime(at("2025-10-01T10:00"), Duration.ofMinutes(-1)))
                    .withMessageContaining("must not be negative");
        }

        @Test
        void rejectsNullArguments() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.plusWorkingTime(null, hours(1)))
                    .withMessage("start must not be null");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.plusWorkingTime(at("2025-10-01T10:00"), null))
                    .withMessage("working time must not be null");
        }
    }

    @Nested
    class PlusWorkingDays {

        @Test
        void threeWorkingDaysFromWednesdayIsMondayAtTheSameTime() {
            assertThat(calendar.plusWorkingDays(at("2025-10-01T10:00"), 3)).isEqualTo(at("2025-10-06T10:00"));
        }

        @Test
        void workingDaysSkipTheTetHolidayWeek() {
            assertThat(calendar.plusWorkingDays(at("2026-02-11T10:00"), 3)).isEqualTo(at("2026-02-23T10:00"));
        }

        @Test
        void workingDaysSkipTheSwappedDayAfterTheFirstOfMay() {
            // 30 April, 1 May and the swapped Friday 2 May 2025 are all off
            assertThat(calendar.plusWorkingDays(at("2025-04-29T15:00"), 2)).isEqualTo(at("2025-05-06T15:00"));
        }

        @Test
        void aStartOutsideWorkingTimeCountsFromTheNextWorkingMoment() {
            assertThat(calendar.plusWorkingDays(at("2025-10-01T12:00"), 1)).isEqualTo(at("2025-10-02T13:30"));
            assertThat(calendar.plusWorkingDays(at("2025-10-04T10:00"), 1)).isEqualTo(at("2025-10-07T07:30"));
            assertThat(calendar.plusWorkingDays(at("2025-10-01T17:00"), 1)).isEqualTo(at("2025-10-03T07:30"));
        }

        @Test
        void zeroWorkingDaysReturnsTheNextWorkingMoment() {
            assertThat(calendar.plusWorkingDays(at("2025-10-01T10:00"), 0)).isEqualTo(at("2025-10-01T10:00"));
            assertThat(calendar.plusWorkingDays(at("2026-02-14T10:00"), 0)).isEqualTo(at("2026-02-23T07:30"));
        }

        @Test
        void rejectsNegativeDays() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> calendar.plusWorkingDays(at("2025-10-01T10:00"), -1))
                    .withMessage("working days must not be negative, but was -1");
        }
    }

    @Nested
    class WorkingTimeBetween {

        @Test
        void countsOnlyWorkingTimeOverTheWeekend() {
            assertThat(calendar.workingTimeBetween(at("2025-10-03T16:30"), at("2025-10-06T11:00")))
                    .isEqualTo(hours(4));
        }

        @Test
        void leavesOutTheLunchBreak() {
            assertThat(calendar.workingTimeBetween(at("2025-10-01T11:00"), at("2025-10-01T14:00")))
                    .isEqualTo(hours(1));
        }

        @Test
        void aWholeWorkingDayIsSevenAndAHalfHours() {
            assertThat(calendar.workingTimeBetween(at("2025-10-01T00:00"), at("2025-10-02T00:00")))
                    .isEqualTo(hours(7.5));
        }

        @Test
        void leavesOutHolidays() {
            assertThat(calendar.workingTimeBetween(at("2026-02-13T16:00"), at("2026-02-23T08:00")))
                    .isEqualTo(hours(1.5));
        }

        @Test
        void isZeroOutsideWorkingTime() {
            assertThat(calendar.workingTimeBetween(at("2025-10-04T08:00"), at("2025-10-05T17:00")))
                    .isZero();
            assertThat(calendar.workingTimeBetween(at("2025-10-01T11:30"), at("2025-10-01T13:30")))
                    .isZero();
        }

        @Test
        void isZeroWhenTheEndIsNotAfterTheStart() {
            assertThat(calendar.workingTimeBetween(at("2025-10-01T10:00"), at("2025-10-01T10:00")))
                    .isZero();
            assertThat(calendar.workingTimeBetween(at("2025-10-01T10:00"), at("2025-10-01T09:00")))
                    .isZero();
        }

        @Test
        void undoesPlusWorkingTimeFromAWorkingMoment() {
            Instant start = at("2025-10-01T09:45");
            for (Duration workingTime : List.of(Duration.ZERO, hours(1.75), hours(7.5), hours(40))) {
                Instant due = calendar.plusWorkingTime(start, workingTime);
                assertThat(calendar.workingTimeBetween(start, due)).isEqualTo(workingTime);
            }
        }
    }

    @Nested
    class IsWorkingMoment {

        @Test
        void periodsIncludeTheirStartAndExcludeTheirEnd() {
            assertThat(calendar.isWorkingMoment(at("2025-10-01T07:30"))).isTrue();
            assertThat(calendar.isWorkingMoment(at("2025-10-01T11:29:59"))).isTrue();
            assertThat(calendar.isWorkingMoment(at("2025-10-01T11:30"))).isFalse();
            assertThat(calendar.isWorkingMoment(at("2025-10-01T13:30"))).isTrue();
            assertThat(calendar.isWorkingMoment(at("2025-10-01T17:00"))).isFalse();
        }

        @Test
        void lunchNightsWeekendsAndHolidaysAreNotWorkingTime() {
            assertThat(calendar.isWorkingMoment(at("2025-10-01T12:00"))).isFalse();
            assertThat(calendar.isWorkingMoment(at("2025-10-01T07:29"))).isFalse();
            assertThat(calendar.isWorkingMoment(at("2025-10-04T10:00"))).isFalse();
            assertThat(calendar.isWorkingMoment(at("2026-02-17T10:00"))).isFalse();
        }

        @Test
        void followsHoChiMinhCityTimeWhichHasNoDaylightSaving() {
            assertThat(ZONE.getRules().nextTransition(Instant.parse("2000-01-01T00:00:00Z")))
                    .isNull();
            // 00:30 UTC is 07:30 in Vietnam in both winter and summer
            assertThat(calendar.isWorkingMoment(Instant.parse("2025-01-06T00:30:00Z")))
                    .isTrue();
            assertThat(calendar.isWorkingMoment(Instant.parse("2025-07-07T00:30:00Z")))
                    .isTrue();
            assertThat(calendar.isWorkingMoment(Instant.parse("2025-07-07T00:29:59Z")))
                    .isFalse();
        }

        @Test
        void usesTheConfiguredZone() {
            WorkingCalendar utc = new WorkingCalendar(
                    ZoneOffset.UTC, WorkingCalendar.OFFICE_HOURS, WorkingCalendar.MONDAY_TO_FRIDAY, Set.of());

            assertThat(utc.isWorkingMoment(Instant.parse("2025-10-01T07:30:00Z")))
                    .isTrue();
            assertThat(utc.isWorkingMoment(Instant.parse("2025-10-01T00:30:00Z")))
                    .isFalse();
        }
    }

    @Nested
    class Configuration {

        static final LocalTime EIGHT = LocalTime.of(8, 0);
        static final LocalTime NOON = LocalTime.of(12, 0);
        static final LocalTime ONE = LocalTime.of(13, 0);
        static final LocalTime FIVE = LocalTime.of(17, 0);

        static WorkingCalendar withPeriods(Period... periods) {
            return new WorkingCalendar(ZONE, Arrays.asList(periods), WorkingCalendar.MONDAY_TO_FRIDAY, Set.of());
        }

        @Test
        void periodsMayTouch() {
            WorkingCalendar calendar = withPeriods(new Period(EIGHT, NOON), new Period(NOON, FIVE));

            assertThat(calendar.workingTimeBetween(at("2025-10-01T00:00"), at("2025-10-02T00:00")))
                    .isEqualTo(hours(9));
        }

        @Test
        void aSixDayWeekWorksOnSaturday() {
            Set<DayOfWeek> mondayToSaturday = new HashSet<>(WorkingCalendar.MONDAY_TO_FRIDAY);
            mondayToSaturday.add(DayOfWeek.SATURDAY);
            WorkingCalendar calendar =
                    new WorkingCalendar(ZONE, WorkingCalendar.OFFICE_HOURS, mondayToSaturday, Set.of());

            assertThat(calendar.plusWorkingTime(at("2025-10-03T16:30"), hours(4)))
                    .isEqualTo(at("2025-10-04T11:00"));
        }

        @Test
        void rejectsAPeriodThatDoesNotEndAfterItStarts() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Period(NOON, EIGHT))
                    .withMessage("working period must end after it starts, but was 12:00–08:00");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Period(NOON, NOON))
                    .withMessageContaining("must end after it starts");
        }

        @Test
        void rejectsPeriodsOutOfOrder() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withPeriods(new Period(ONE, FIVE), new Period(EIGHT, NOON)))
                    .withMessage("working periods must be in order and must not overlap, but 08:00–12:00 starts"
                            + " before 13:00–17:00 ends");
        }

        @Test
        void rejectsOverlappingPeriods() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withPeriods(new Period(EIGHT, ONE), new Period(NOON, FIVE)))
                    .withMessageContaining("must not overlap");
        }

        @Test
        void rejectsMissingPeriods() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withPeriods())
                    .withMessage("at least one working period is required");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> withPeriods(new Period(EIGHT, NOON), null))
                    .withMessage("working periods must not contain null");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new Period(null, NOON))
                    .withMessage("working period start must not be null");
        }

        @Test
        void rejectsMissingWorkingDays() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new WorkingCalendar(ZONE, WorkingCalendar.OFFICE_HOURS, Set.of(), Set.of()))
                    .withMessage("at least one working day is required");
        }

        @Test
        void rejectsMissingZoneAndHolidays() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new WorkingCalendar(
                            null, WorkingCalendar.OFFICE_HOURS, WorkingCalendar.MONDAY_TO_FRIDAY, Set.of()))
                    .withMessage("zone must not be null");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> WorkingCalendar.publicOffice(ZONE, (Set<LocalDate>) null))
                    .withMessage("holidays must not be null");
            Set<LocalDate> withNull = new HashSet<>();
            withNull.add(null);
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> WorkingCalendar.publicOffice(ZONE, withNull))
                    .withMessage("holidays must not contain null");
        }

        @Test
        void isNotChangedByLaterChangesToItsArguments() {
            Set<LocalDate> holidays = new HashSet<>();
            WorkingCalendar calendar = WorkingCalendar.publicOffice(ZONE, holidays);

            holidays.add(LocalDate.of(2025, 10, 1));

            assertThat(calendar.isWorkingMoment(at("2025-10-01T10:00"))).isTrue();
        }
    }
}
