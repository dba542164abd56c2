package org.standingoffice.desk;

import java.time.Instant;

/** One entry of a question's append-only history. */
public record AuditEvent(
        long id,
        QuestionId question,
        String action,
        String actor,
        Instant at,
        QuestionStatus from,
        QuestionStatus to,
        String detail) {

    /** The action of an internal note (see {@link Desk#note}). */
    public static final String NOTE = "NOTE";

    /** Staff set the asker's commune and province (see {@link Desk#place}). */
    public static final String PLACE_SET = "PLACE_SET";

    /** Staff's internal note: shown to staff only, never to the asker. */
    public boolean internal() {
        return NOTE.equals(action);
    }
}
