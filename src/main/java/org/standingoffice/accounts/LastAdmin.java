package org.standingoffice.accounts;

/**
 * Refused because no enabled admin account would remain: nobody could manage accounts any more,
 * and {@code FirstAdmin} only steps in while there is no admin account at all, enabled or not.
 */
public class LastAdmin extends RuntimeException {

    public LastAdmin(String username) {
        super(username + " is the last enabled admin account");
    }
}
