package org.standingoffice.desk.internal;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.standingoffice.desk.DeskProperties;

@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class DeskConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    WorkingCalendar workingCalendar(DeskProperties properties) {
        return WorkingCalendar.publicOffice(PublicHolidays.load(properties.extraHolidays()));
    }
}
