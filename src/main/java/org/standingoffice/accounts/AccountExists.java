package org.standingoffice.accounts;

/** An account with this user name exists already. */
public class AccountExists extends RuntimeException {

    private final String username;

    public AccountExists(String username) {
        super("An account named " + username + " exists already");
        this.username = username;
    }

    public String username() {
        return username;
    }
}
