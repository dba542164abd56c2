package org.standingoffice.desk;

import java.util.List;

/** Offices, their service levels and the routing rules: data an administrator edits. */
public interface OfficeDirectory {

    List<OfficeSettings> offices();

    /**
     * Creates or updates an office. Making one the default office takes that role from the
     * previous one.
     *
     * @throws IllegalArgumentException for a blank id or name, or non-positive service levels
     */
    OfficeSettings save(OfficeSettings office);

    List<RoutingRuleView> routingRules();

    /** @throws IllegalArgumentException when the office does not exist or no criterion is given */
    RoutingRuleView addRoutingRule(RoutingRuleView rule);

    void removeRoutingRule(long id);
}
