package org.standingoffice.telegram;

import java.time.Duration;

/**
 * What an invitation binds its askers to.
 *
 * @param office the office that receives their questions, or {@code null} to route by province
 * @param maxUses how many askers may register with it (a commune's officials may share one), 1 to
 *     {@value #MAX_USES}
 * @param validFor how long the link works, at most {@value #MAX_VALID_DAYS} days; {@code null} for
 *     {@code office.telegram.invite-validity}
 * @param createdBy the staff account that created it, for the record
 */
public record NewInvite(
        String office, String commune, String province, int maxUses, Duration validFor, String createdBy) {

    /** A commune has tens of officials; a link for more is more likely leaked than meant. */
    public static final int MAX_USES = 1000;

    /** A link meant for a year is better replaced by a new one than left working for longer. */
    public static final int MAX_VALID_DAYS = 365;
}
