package org.standingoffice.desk;

/**
 * An action that the question's current state does not allow: an illegal transition, a question
 * claimed by someone else, or a change that lost a race with another.
 */
public class DeskConflict extends RuntimeException {

    public DeskConflict(String message) {
        super(message);
    }
}
