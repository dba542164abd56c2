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
        String detail) {}
