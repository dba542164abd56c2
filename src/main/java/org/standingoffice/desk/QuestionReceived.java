package org.standingoffice.desk;

/** Published when a question is persisted; drafting follows. */
public record QuestionReceived(QuestionId id) {}
