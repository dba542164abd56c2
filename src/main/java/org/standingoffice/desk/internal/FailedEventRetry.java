package org.standingoffice.desk.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.standingoffice.desk.DeskProperties;

/**
 * Delivers again the events whose listener failed — drafting that hit a database hiccup, a
 * Telegram notice whose outbox insert failed — every {@code office.desk.event-retry-interval}, so
 * a passing fault does not leave a question undrafted until the next restart. The listeners are
 * idempotent (drafting skips a drafted question, the outbox ignores a repeated key), so a retry
 * never does the work twice. A delivery that failed {@code event-retry-attempts} times is left in
 * the event publication table for an operator: it is a bug, not bad luck.
 *
 * <p>With several instances one of them resubmits per turn ({@link JobLocks}): two resubmitting
 * the same publication at once would run its listener twice concurrently.
 */
@Component
class FailedEventRetry {

    private static final Logger log = LoggerFactory.getLogger(FailedEventRetry.class);

    private final FailedEventPublications failed;
    private final DeskProperties properties;

    FailedEventRetry(FailedEventPublications failed, DeskProperties properties) {
        this.failed = failed;
        this.properties = properties;
    }

    @Scheduled(
            fixedDelayString = "${office.desk.event-retry-interval:5m}",
            initialDelayString = "${office.desk.event-retry-interval:5m}")
    @SchedulerLock(name = "failed-event-retry")
    public void retry() {
        try {
            failed.resubmit(ResubmissionOptions.defaults()
                    .withMinAge(properties.eventRetryInterval())
                    .withFilter(publication -> publication.getCompletionAttempts() < properties.eventRetryAttempts()));
        } catch (RuntimeException e) {
            log.warn("Could not resubmit failed event deliveries; trying again later: {}", e.toString());
        }
    }
}
