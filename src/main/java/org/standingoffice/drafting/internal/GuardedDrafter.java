package org.standingoffice.drafting.internal;

import java.util.Optional;
import org.standingoffice.drafting.Assessment;
import org.standingoffice.drafting.Decision;
import org.standingoffice.drafting.Draft;
import org.standingoffice.drafting.Drafter;
import org.standingoffice.drafting.Escalation;
import org.standingoffice.search.RetrievalResult;

/**
 * The drafter the rest of the application gets. It decides before anyone drafts: questions the
 * guardrails stop and questions retrieval is not confident about are escalated without calling a
 * model; the rest go to the language model's drafter when one is configured, else to the
 * extractive one. Whatever comes back is checked once more for leaked instructions or
 * configuration, and gets its notes for staff.
 */
final class GuardedDrafter implements Drafter {

    static final String SCREEN_NAME = "guardrails";

    private final QuestionScreen screen;
    private final ExtractiveDrafter extractive;
    private final Optional<Drafter> model;
    private final Disclosure disclosure;
    private final DraftLayout layout;
    private final ModelDecision decision;
    private final StaffNoteWriter notes;

    /** A draft and the assessment that decided it. */
    record Assessed(Draft draft, Assessment assessment) {}

    GuardedDrafter(
            QuestionScreen screen,
            ExtractiveDrafter extractive,
            Optional<Drafter> model,
            Disclosure disclosure,
            DraftLayout layout,
            ModelDecision decision,
            StaffNoteWriter notes) {
        this.notes = notes;
        this.screen = screen;
        this.extractive = extractive;
        this.model = model;
        this.disclosure = disclosure;
        this.layout = layout;
        this.decision = decision;
    }

    @Override
    public Draft draft(RetrievalResult result) {
        return assessed(result).draft();
    }

    /** Assesses the result, then drafts or escalates as the assessment (and the guardrails) say. */
    Assessed assessed(RetrievalResult result) {
        Assessment assessment = decision.assess(result);
        Optional<Escalation> stopped = screen.check(result.question());
        if (stopped.isPresent()) {
            return annotated(layout.escalation(stopped.get(), SCREEN_NAME, ""), result, assessment);
        }
        Draft draft = assessment.decision() == Decision.ANSWER
                ? model.orElse(extractive).draft(result)
                : extractive.suggestion(result, Escalation.NOT_IN_DOCUMENTS, ExtractiveDrafter.NAME);
        Optional<String> leak = disclosure.check(draft.text());
        if (leak.isPresent()) {
            return annotated(
                    layout.escalation(Escalation.PROMPT_INJECTION, SCREEN_NAME, leak.get()), result, assessment);
        }
        return annotated(draft, result, assessment);
    }

    private Assessed annotated(Draft draft, RetrievalResult result, Assessment assessment) {
        return new Assessed(notes.annotate(draft, result, assessment), assessment);
    }
}
