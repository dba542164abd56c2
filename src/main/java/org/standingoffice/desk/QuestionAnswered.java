package org.standingoffice.desk;

/**
 * Published when an answer is approved or written by staff; the asker's channel delivers it and
 * then calls {@link Desk#markDelivered}.
 */
public record QuestionAnswered(QuestionId id, String channel, String askerRef, String language, String text) {}
