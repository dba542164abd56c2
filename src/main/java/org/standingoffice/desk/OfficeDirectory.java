package org.standingoffice.desk;

import java.util.List;

/** Offices, their service levels and the routing rules: data an administrator edits. */
public interface OfficeDirectory {

    List<OfficeSettings> offices();

    /**
     * Creates or updates an office. Making one the default office takes that role from the
     * previous one.
     *
     * @throws IllegalArgumentException for a missing id, a new id not matching
     *     {@link OfficeSettings#ID_PATTERN}, a blank or over-long name, service levels outside their
     *     bounds (see {@link OfficeSettings}), or taking the default role from the default office
     *     without giving it to another one
     */
    OfficeSettings save(OfficeSettings office);

    List<RoutingRuleView> routingRules();

    /** @throws IllegalArgumentException when the office does not exist or no criterion is given */
    RoutingRuleView addRoutingRule(RoutingRuleView rule);

    void removeRoutingRule(long id);
}
