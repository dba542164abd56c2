package org.standingoffice.drafting;

import java.util.List;
import java.util.Objects;

/**
 * A proposed answer for staff to approve, edit or reject.
 *
 * @param text the answer in the asker's language, quoting the documents; for an escalated
 *     question, the notice that staff will answer
 * @param drafter which drafter wrote it, shown to staff: {@code extractive}, the model (e.g.
 *     {@code openai:gpt-4o-mini}), or {@code extractive (llm fallback)} when the model's draft was
 *     rejected or never came; at most 40 characters
 * @param fallbackReason why the model's draft was not used (timeout, malformed output, a citation of
 *     a passage that was not retrieved…), empty when there was no fallback
 * @param escalation why the question goes to staff; {@link Escalation#NONE} exactly when the
 *     decision is {@link Decision#ANSWER}
 */
public record Draft(
        String text,
        List<Citation> citations,
        Decision decision,
        String drafter,
        String fallbackReason,
        Escalation escalation) {

    public Draft {
        citations = List.copyOf(citations);
        Objects.requireNonNull(fallbackReason);
        if ((decision == Decision.ANSWER) != (escalation == Escalation.NONE)) {
            throw new IllegalArgumentException(decision + " with escalation " + escalation);
        }
    }

    /** A draft without fallback; an escalation is taken to mean the documents do not answer. */
    public Draft(String text, List<Citation> citations, Decision decision, String drafter) {
        this(
                text,
                citations,
                decision,
                drafter,
                "",
                decision == Decision.ANSWER ? Escalation.NONE : Escalation.NOT_IN_DOCUMENTS);
    }

    /** Whether a language model was asked but this draft comes from the fallback drafter. */
    public boolean fellBack() {
        return !fallbackReason.isEmpty();
    }
}
