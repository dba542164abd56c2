package org.standingoffice.desk;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param extraHolidays days off beyond the office calendar (kept in the console), as YYYY-MM-DD
 * @param reminderBefore how long before the due time staff are reminded
 * @param slaCheckInterval how often due times are checked for reminders and breaches
 * @param similarity word overlap (Jaccard, 0–1) from which a registered answer counts as an
 *     answer to a new question
 * @param referenceSimilarity word overlap from which a registered answer is shown to staff as an
 *     earlier answer to a similar question (lower: for reference, not for answering)
 * @param eventRetryInterval how often event deliveries whose listener failed (drafting, a Telegram
 *     notice) are tried again, instead of only at the next start
 * @param eventRetryAttempts after this many failed attempts a delivery is left for an operator
 */
@Validated
@ConfigurationProperties("office.desk")
public record DeskProperties(
        List<String> extraHolidays,
        @NotNull @DefaultValue("1h") Duration reminderBefore,
        @NotNull @DefaultValue("1m") Duration slaCheckInterval,

        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.6")
        double similarity,

        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.3")
        double referenceSimilarity,

        @Min(1) @DefaultValue("100") int maxPageSize,
        @NotNull @DefaultValue("5m") Duration eventRetryInterval,
        @Min(1) @DefaultValue("10") int eventRetryAttempts) {

    public DeskProperties {
        extraHolidays = extraHolidays == null ? List.of() : List.copyOf(extraHolidays);
    }
}
