package org.standingoffice.desk;

/**
 * Published when someone takes a question or it is given to someone, wherever that happened (the
 * console, the API, a channel), so that every place showing the question can say who holds it.
 *
 * @param assignee who holds the question now
 */
public record QuestionAssigned(QuestionId id, String assignee) {}
