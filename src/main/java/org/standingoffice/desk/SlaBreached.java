package org.standingoffice.desk;

import java.time.Instant;

/** Published when a question's current stage passed its due time. */
public record SlaBreached(QuestionId id, String office, Instant dueAt) {}
