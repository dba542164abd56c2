package org.standingoffice.console.web;

import org.springframework.security.core.Authentication;
import org.standingoffice.accounts.Role;
import org.standingoffice.desk.Actor;

/** The signed-in console user, read from the authentication's one {@code ROLE_} authority. */
record Staff(String username, Role role) {

    /** How the audit trail names the web console as a channel. */
    static final String CHANNEL = "console";

    static Staff of(Authentication authentication) {
        Role role = authentication.getAuthorities().stream()
                .map(granted -> granted.getAuthority())
                .filter(name -> name.startsWith("ROLE_"))
                .map(name -> Role.valueOf(name.substring("ROLE_".length())))
                .findFirst()
                .orElse(Role.OFFICIAL);
        return new Staff(authentication.getName(), role);
    }

    Actor actor() {
        return new Actor(username, role, CHANNEL);
    }

    public boolean isManager() {
        return role.oversees();
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
