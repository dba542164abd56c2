package org.standingoffice.desk.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.standingoffice.desk.DeskProperties;
import org.standingoffice.time.OfficeCalendar;

@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class DeskConfiguration {

    @Bean
    WorkingCalendar workingCalendar(DeskProperties properties, ZoneId officeZone, OfficeCalendar calendar) {
        Set<LocalDate> extra = properties.extraHolidays().stream()
                .map(day -> LocalDate.parse(day.strip()))
                .collect(Collectors.toUnmodifiableSet());
        return WorkingCalendar.publicOffice(officeZone, new WorkingCalendar.Exceptions() {
            @Override
            public boolean isDayOff(LocalDate day) {
                return extra.contains(day) || calendar.isDayOff(day);
            }

            @Override
            public boolean isMakeUpWorkingDay(LocalDate day) {
                return calendar.isMakeUpWorkingDay(day);
            }
        });
    }
}
