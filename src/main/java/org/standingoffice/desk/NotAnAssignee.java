package org.standingoffice.desk;

/** The account a question was to be given to does not exist, is disabled or does not work questions. */
public class NotAnAssignee extends IllegalArgumentException {

    private final String username;

    public NotAnAssignee(String username) {
        super(username + " cannot be given questions");
        this.username = username;
    }

    public String username() {
        return username;
    }
}
