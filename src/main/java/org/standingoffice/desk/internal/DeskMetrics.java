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
 * Domain metrics of the desk for Prometheus ({@code office_questions_total{stage=…}} and
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
