package org.standingoffice.desk;

import org.standingoffice.accounts.Role;

/** Who performs an action; recorded in the audit trail. */
public record Actor(String name, Role role) {

    /** The service itself: drafting, routing, SLA checks, delivery confirmations. */
    public static final Actor SYSTEM = new Actor("system", Role.ADMIN);
}
