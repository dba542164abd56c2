package org.standingoffice.telegram;

import java.time.Duration;

/**
 * What an invitation binds its askers to.
 *
 * @param office the office that receives their questions, or {@code null} to route by province
 * @param maxUses how many askers may register with it (a commune's officials may share one)
 * @param validFor how long the link works; {@code null} for {@code office.telegram.invite-validity}
 * @param createdBy the staff account that created it, for the record
 */
public record NewInvite(
        String office, String commune, String province, int maxUses, Duration validFor, String createdBy) {}
