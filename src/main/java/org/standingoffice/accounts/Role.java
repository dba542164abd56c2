package org.standingoffice.accounts;

/**
 * What an account may do: officials ask and see their own questions; staff work questions,
 * managers also oversee, admins also administer.
 */
public enum Role {
    OFFICIAL,
    STAFF,
    MANAGER,
    ADMIN;

    public boolean worksQuestions() {
        return this != OFFICIAL;
    }

    public boolean oversees() {
        return this == MANAGER || this == ADMIN;
    }
}
