package org.standingoffice.desk;

/**
 * Published for each asker who received a registered answer that staff have now amended after
 * the documents it cites changed; the asker's channel delivers the new text.
 */
public record AnswerRevised(
        long registerNumber, QuestionId id, String channel, String askerRef, String language, String text) {}
