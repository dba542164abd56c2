package org.standingoffice.desk;

/** Published when a draft waits for staff approval. */
public record QuestionAwaitingApproval(QuestionId id, String office) {}
