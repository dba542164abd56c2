package org.standingoffice.desk;

import org.standingoffice.accounts.Role;

/**
 * Who performs an action, and through which channel; both recorded in the audit trail.
 *
 * @param channel where the person acted ("console", "api", "telegram"), or {@code null} for the
 *     service itself and callers that do not say
 */
public record Actor(String name, Role role, String channel) {

    /** The service itself: drafting, routing, SLA checks, delivery confirmations. */
    public static final Actor SYSTEM = new Actor("system", Role.ADMIN);

    public Actor(String name, Role role) {
        this(name, role, null);
    }

    /** The same person acting through {@code channel}. */
    public Actor via(String channel) {
        return new Actor(name, role, channel);
    }
}
