package org.standingoffice.desk;

import java.util.List;

/**
 * The numbered register of approved answers. When a document in the knowledge base changes, the
 * answers citing it are flagged for review; staff confirm or amend them, and amendments reach
 * every asker who received the old text.
 */
public interface AnswerRegistry {

    List<RegisteredAnswer> needingReview();

    /**
     * Clears the review flag; with {@code amendedText}, replaces the answer and publishes
     * {@link AnswerRevised} for each asker who received it.
     *
     * @throws IllegalArgumentException when there is no such entry
     */
    RegisteredAnswer review(long number, Actor actor, String amendedText);
}
