package org.standingoffice.desk.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.standingoffice.desk.QuestionReceived;
import org.standingoffice.desk.QuestionView;
import org.standingoffice.drafting.Assistant;
import org.standingoffice.search.RetrievalResult;

/**
 * Drafts each received question after its receipt is committed. The event publication registry
 * keeps the event until this listener completes, so a question received just before a crash is
 * drafted after the restart.
 */
@Component
class QuestionDrafting {

    private static final int PASSAGES = 5;

    private final DeskService desk;
    private final Assistant assistant;
    private final Timer drafting;

    QuestionDrafting(DeskService desk, Assistant assistant, MeterRegistry registry) {
        this.desk = desk;
        this.assistant = assistant;
        this.drafting = Timer.builder("office.drafting")
                .description("retrieval and drafting of one question")
                .publishPercentiles(0.5, 0.95)
                .register(registry);
    }

    @ApplicationModuleListener
    void on(QuestionReceived received) {
        QuestionView question = desk.get(received.id());
        Assistant.AssistedDraft assisted = drafting.record(() -> assistant.draft(question.text(), PASSAGES));
        RetrievalResult retrieval = assisted.retrieval();
        desk.recordDraft(received.id(), assisted.draft(), assisted.confidence(), retrieval.language());
    }
}
