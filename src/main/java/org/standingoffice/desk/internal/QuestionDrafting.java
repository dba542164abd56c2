package org.standingoffice.desk.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.standingoffice.desk.QuestionReceived;
import org.standingoffice.desk.QuestionView;
import org.standingoffice.drafting.Draft;
import org.standingoffice.drafting.Drafter;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.Retriever;

/**
 * Drafts each received question after its receipt is committed. The event publication registry
 * keeps the event until this listener completes, so a question received just before a crash is
 * drafted after the restart.
 */
@Component
class QuestionDrafting {

    private static final int PASSAGES = 5;

    private final DeskService desk;
    private final Retriever retriever;
    private final Drafter drafter;

    QuestionDrafting(DeskService desk, Retriever retriever, Drafter drafter) {
        this.desk = desk;
        this.retriever = retriever;
        this.drafter = drafter;
    }

    @ApplicationModuleListener
    void on(QuestionReceived received) {
        QuestionView question = desk.get(received.id());
        RetrievalResult result = retriever.retrieve(question.text(), PASSAGES);
        Draft draft = drafter.draft(result);
        desk.recordDraft(received.id(), draft, result.confidence(), result.language());
    }
}
