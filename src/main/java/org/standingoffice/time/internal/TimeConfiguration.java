package org.standingoffice.time.internal;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.standingoffice.time.TimeProperties;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** UTC: instants do not depend on a zone; the office day comes from {@link #officeZone}. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ZoneId officeZone(TimeProperties properties) {
        return properties.zone();
    }
}
