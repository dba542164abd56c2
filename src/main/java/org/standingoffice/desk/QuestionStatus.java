package org.standingoffice.desk;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a question is in its life. The allowed moves are part of the type, so no caller can put
 * a question in a state it cannot reach.
 */
public enum QuestionStatus {
    /** Persisted, not yet drafted (again, when the asker edited it while awaiting approval). */
    RECEIVED,
    /** A draft exists and waits for staff. */
    AWAITING_APPROVAL,
    /** The documents do not answer it, or staff rejected the draft: a person must answer. */
    ESCALATED,
    /** Approved or answered by staff; waiting for the channel to deliver it. */
    ANSWERED,
    /** The channel confirmed delivery to the asker. */
    DELIVERED,
    /** Done; nothing more happens. */
    CLOSED;

    public boolean canMoveTo(QuestionStatus target) {
        return next().contains(target);
    }

    public boolean isOpen() {
        return this != CLOSED && this != ANSWERED && this != DELIVERED;
    }

    private Set<QuestionStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(AWAITING_APPROVAL, ESCALATED, ANSWERED, CLOSED);
            case AWAITING_APPROVAL -> EnumSet.of(ANSWERED, ESCALATED, CLOSED, RECEIVED);
            case ESCALATED -> EnumSet.of(ANSWERED, CLOSED);
            case ANSWERED -> EnumSet.of(DELIVERED, ESCALATED, CLOSED);
            case DELIVERED -> EnumSet.of(ESCALATED, CLOSED);
            case CLOSED -> EnumSet.noneOf(QuestionStatus.class);
        };
    }
}
