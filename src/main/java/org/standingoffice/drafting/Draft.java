package org.standingoffice.drafting;

import java.util.List;
import java.util.Objects;

/**
 * A proposed answer for staff to approve, edit or reject, in two parts: the answer the asker
 * receives when staff approve it unchanged, and the notes for staff that are shown beside it and
 * never sent.
 *
 * @param text the answer, exactly as the asker would receive it: in the asker's language, quoting
 *     the documents. For an escalated question the <em>suggestion</em> staff may start from (the
 *     best passages' draft, low-confidence), or empty when there is nothing to suggest (no passage
 *     found, or a guardrail stopped the question)
 * @param drafter which drafter wrote it, shown to staff: {@code extractive}, the model (e.g.
 *     {@code openai:gpt-4o-mini}), or {@code extractive (llm fallback)} when the model's draft was
 *     rejected or never came; at most 40 characters
 * @param fallbackReason why the model's draft was not used (timeout, malformed output, a citation of
 *     a passage that was not retrieved…), empty when there was no fallback
 * @param escalation why the question goes to staff; {@link Escalation#NONE} exactly when the
 *     decision is {@link Decision#ANSWER}
 * @param notes what staff should know before sending: confidence, what was not verified, quotes in
 *     another language
 */
public record Draft(
        String text,
        List<Citation> citations,
        Decision decision,
        String drafter,
        String fallbackReason,
        Escalation escalation,
        StaffNotes notes) {

    public Draft {
        Objects.requireNonNull(text);
        citations = List.copyOf(citations);
        Objects.requireNonNull(fallbackReason);
        Objects.requireNonNull(notes);
        if ((decision == Decision.ANSWER) != (escalation == Escalation.NONE)) {
            throw new IllegalArgumentException(decision + " with escalation " + escalation);
        }
    }

    /**
     * A draft whose notes say only what the decision implies: high confidence for an answer, low
     * for an escalation. Drafters that know the confidence give it with {@link #withNotes}.
     */
    public Draft(
            String text,
            List<Citation> citations,
            Decision decision,
            String drafter,
            String fallbackReason,
            Escalation escalation) {
        this(
                text,
                citations,
                decision,
                drafter,
                fallbackReason,
                escalation,
                decision == Decision.ANSWER
                        ? StaffNotes.of(1, ConfidenceLevel.HIGH)
                        : StaffNotes.of(0, ConfidenceLevel.LOW));
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

    /** The same draft with other notes for staff. */
    public Draft withNotes(StaffNotes other) {
        return new Draft(text, citations, decision, drafter, fallbackReason, escalation, other);
    }

    /** Whether a language model was asked but this draft comes from the fallback drafter. */
    public boolean fellBack() {
        return !fallbackReason.isEmpty();
    }

    /** Whether this is an escalated question's low-confidence suggestion (not an empty box). */
    public boolean isSuggestion() {
        return decision == Decision.ESCALATE && !text.isBlank();
    }
}
