package org.standingoffice.time;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param zone the office's time zone: its calendar day for reports and due times, its clock face
 *     for the times shown to people, wherever the server runs
 * @param calendarHorizon how far ahead the office calendar must hold its years; closer than that
 *     to a missing year, health reports {@code DEGRADED} and the dashboard shows a warning
 */
@Validated
@ConfigurationProperties("office.time")
public record TimeProperties(
        @NotNull @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        @NotNull @DefaultValue("60d") Duration calendarHorizon) {}
