package org.standingoffice.desk;

/**
 * Published when a question needs a person: the documents do not answer it, staff rejected the
 * draft or escalated it, or the asker said the answer did not resolve it.
 */
public record QuestionEscalated(QuestionId id, String office, String reason) {}
