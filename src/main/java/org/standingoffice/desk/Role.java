package org.standingoffice.desk;

/** What an account may do: staff work questions, managers also oversee, admins also administer. */
public enum Role {
    STAFF,
    MANAGER,
    ADMIN;

    public boolean oversees() {
        return this == MANAGER || this == ADMIN;
    }
}
