package org.standingoffice.desk;

import java.time.Instant;

/**
 * A question as staff and askers see it.
 *
 * @param draft the machine draft, or {@code null} before drafting or when escalated outright
 * @param answer the text sent to the asker, or {@code null} before approval
 * @param dueAt when the current stage is due (approval of the draft, or the escalated answer)
 * @param similarAnswer number of a registered answer to a near-identical question, or {@code null}
 */
public record QuestionView(
        QuestionId id,
        QuestionStatus status,
        String text,
        String language,
        String askerName,
        String commune,
        String province,
        String channel,
        String askerRef,
        String office,
        String assignee,
        Double confidence,
        DraftView draft,
        DraftView answer,
        Long similarAnswer,
        Instant receivedAt,
        Instant dueAt,
        Instant answeredAt,
        long version) {

    /** Whether {@code asker} asked this question; see {@link Asker}. */
    public boolean askedBy(Asker asker) {
        return asker != null && asker.channel().equals(channel) && asker.ref().equals(askerRef);
    }
}
