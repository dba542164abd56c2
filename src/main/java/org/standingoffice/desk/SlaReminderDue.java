package org.standingoffice.desk;

import java.time.Instant;

/**
 * Published once when a question's current stage comes within {@code office.desk.reminder-before}
 * of its due time, so whoever works it (or the office, when nobody holds it) can act before the
 * deadline passes. A question already overdue at its first check gets {@link SlaBreached} instead.
 *
 * @param assignee who holds the question, or {@code null} when nobody does
 */
public record SlaReminderDue(QuestionId id, String office, String assignee, Instant dueAt) {}
