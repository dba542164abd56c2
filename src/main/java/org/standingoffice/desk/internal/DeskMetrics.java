package org.standingoffice.desk.internal;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.standingoffice.desk.QuestionAnswered;
import org.standingoffice.desk.QuestionAwaitingApproval;
import org.standingoffice.desk.QuestionEscalated;
import org.standingoffice.desk.QuestionReceived;
import org.standingoffice.desk.SlaBreached;

/**
 * Domain metrics of the desk for Prometheus ({@code office_questions_total{stage=…}}, answers by
 * where their text came from in {@code office_answers_total{origin=…}}, and
 * {@code office_sla_breaches_total}), counted after commit so a rolled-back action counts nothing.
 */
@Component
class DeskMetrics {

    private final MeterRegistry registry;

    DeskMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener
    void on(QuestionReceived received) {
        count("received");
    }

    @TransactionalEventListener
    void on(QuestionAwaitingApproval drafted) {
        count("drafted");
    }

    @TransactionalEventListener
    void on(QuestionEscalated escalated) {
        count("escalated");
    }

    @TransactionalEventListener
    void on(QuestionAnswered answered) {
        count("answered");
        if (answered.origin() == QuestionAnswered.Origin.APPROVED
                || answered.origin() == QuestionAnswered.Origin.EDITED) {
            count("approved");
        }
        registry.counter("office.answers", "origin", answered.origin().name().toLowerCase())
                .increment();
    }

    @TransactionalEventListener
    void on(SlaBreached breached) {
        registry.counter("office.sla.breaches", "office", String.valueOf(breached.office()))
                .increment();
    }

    private void count(String stage) {
        registry.counter("office.questions", "stage", stage).increment();
    }
}
