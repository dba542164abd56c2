package org.standingoffice.desk.internal;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.standingoffice.desk.QuestionAnswered;
import org.standingoffice.desk.QuestionAwaitingApproval;
import org.standingoffice.desk.QuestionEscalated;
import org.standingoffice.desk.QuestionReceived;
import org.standingoffice.desk.SlaBreached;

/**
 * Domain metrics of the desk for Prometheus ({@code office_questions_total{stage=…}}, answers by
 * where their text came from in {@code office_answers_total{origin=…}}, and
 * {@code office_sla_breaches_total}), counted after commit so a rolled-back action counts nothing.
 *
 * <p>Deliberately a plain listener that registers an after-commit callback, not a
 * {@code @TransactionalEventListener}: Spring Modulith records a publication for every
 * after-commit listener and marks it completed in a {@code REQUIRES_NEW} transaction on the
 * committing thread, which still holds its own connection. Ten such commits at once took the
 * whole default pool and waited for an eleventh connection (issue 15: 117 of 200 requests failed
 * under 20 clients). Counting touches no database, so it needs no publication.
 */
@Component
class DeskMetrics {

    private final MeterRegistry registry;

    DeskMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    void on(QuestionReceived received) {
        afterCommit(() -> count("received"));
    }

    @EventListener
    void on(QuestionAwaitingApproval drafted) {
        afterCommit(() -> count("drafted"));
    }

    @EventListener
    void on(QuestionEscalated escalated) {
        afterCommit(() -> count("escalated"));
    }

    @EventListener
    void on(QuestionAnswered answered) {
        afterCommit(() -> {
            count("answered");
            if (answered.origin() == QuestionAnswered.Origin.APPROVED
                    || answered.origin() == QuestionAnswered.Origin.EDITED) {
                count("approved");
            }
            registry.counter(
                            "office.answers", "origin", answered.origin().name().toLowerCase())
                    .increment();
        });
    }

    @EventListener
    void on(SlaBreached breached) {
        afterCommit(() -> registry.counter("office.sla.breaches", "office", String.valueOf(breached.office()))
                .increment());
    }

    private void count(String stage) {
        registry.counter("office.questions", "stage", stage).increment();
    }

    /** Runs the count once the surrounding transaction commits; at once when there is none. */
    private static void afterCommit(Runnable count) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }
}
