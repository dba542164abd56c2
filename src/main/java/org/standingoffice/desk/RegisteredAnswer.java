package org.standingoffice.desk;

import java.time.Instant;
import java.util.List;
import org.standingoffice.drafting.Citation;

/**
 * An entry of the numbered answer register.
 *
 * @param needsReview a document it cites changed or was superseded since it was approved
 */
public record RegisteredAnswer(
        long number,
        QuestionId question,
        String questionText,
        String answer,
        List<Citation> citations,
        String approver,
        Instant registeredAt,
        boolean needsReview) {}
