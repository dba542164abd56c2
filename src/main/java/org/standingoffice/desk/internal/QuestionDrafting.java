package org.standingoffice.desk.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.standingoffice.desk.QuestionReceived;
import org.standingoffice.desk.QuestionView;
import org.standingoffice.drafting.Assistant;
import org.standingoffice.search.RetrievalResult;

/**
 * Drafts each received question after its receipt is committed. The event publication registry
 * keeps the event until this listener completes, so a question received just before a crash is
 * drafted after the restart.
 *
 * <p>Not an {@code @ApplicationModuleListener}: that wraps the whole listener in one transaction,
 * which would hold a pooled connection through retrieval and drafting (tens of milliseconds to
 * seconds) while it only needs one to read the question and one to store the draft. Eight drafting
 * threads holding eight of the default ten connections starved the requests that receive
 * questions. Reading and storing are each their own short transaction in the desk.
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

    @Async
    @TransactionalEventListener
    void on(QuestionReceived received) {
        QuestionView question = desk.get(received.id());
        Assistant.AssistedDraft assisted = drafting.record(() -> assistant.draft(question.text(), PASSAGES));
        RetrievalResult retrieval = assisted.retrieval();
        desk.recordDraft(received.id(), assisted.draft(), assisted.confidence(), retrieval.language());
    }
}
