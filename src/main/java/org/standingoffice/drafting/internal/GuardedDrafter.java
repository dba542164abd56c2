package org.standingoffice.drafting.internal;

import java.util.Optional;
import org.standingoffice.drafting.Draft;
import org.standingoffice.drafting.Drafter;
import org.standingoffice.drafting.DraftingProperties;
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
    private final DraftingProperties properties;
    private final StaffNoteWriter notes;

    GuardedDrafter(
            QuestionScreen screen,
            ExtractiveDrafter extractive,
            Optional<Drafter> model,
            Disclosure disclosure,
            DraftLayout layout,
            DraftingProperties properties) {
        this.screen = screen;
        this.extractive = extractive;
        this.model = model;
        this.disclosure = disclosure;
        this.layout = layout;
        this.properties = properties;
        this.notes = new StaffNoteWriter(properties);
    }

    @Override
    public Draft draft(RetrievalResult result) {
        return notes.annotate(decide(result), result);
    }

    private Draft decide(RetrievalResult result) {
        Optional<Escalation> stopped = screen.check(result.question());
        if (stopped.isPresent()) {
            return layout.escalation(stopped.get(), SCREEN_NAME, "");
        }
        boolean answerable = !result.passages().isEmpty() && result.confidence() >= properties.answerThreshold();
        Draft draft = answerable ? model.orElse(extractive).draft(result) : extractive.draft(result);
        Optional<String> leak = disclosure.check(draft.text());
        if (leak.isPresent()) {
            return layout.escalation(Escalation.PROMPT_INJECTION, SCREEN_NAME, leak.get());
        }
        return draft;
    }
}
