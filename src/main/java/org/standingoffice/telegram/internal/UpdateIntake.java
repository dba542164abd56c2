package org.standingoffice.telegram.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where updates arrive, from the long-polling session or the webhook: each is stored in the inbox
 * (a repeat is dropped there) and handed to the workers. Returns quickly; the work happens on the
 * workers' threads.
 */
@Component
@ConditionalOnTelegram
class UpdateIntake implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

    private final Inbox inbox;
    private final UpdateCodec codec;
    private final UpdateWorkers workers;
    private final Clock clock;
    private volatile boolean stopping;

    UpdateIntake(Inbox inbox, UpdateCodec codec, UpdateWorkers workers, Clock clock) {
        this.inbox = inbox;
        this.codec = codec;
        this.workers = workers;
        this.clock = clock;
    }

    /**
     * Called by the poller with a batch. The poller asks for the next batch — which tells Telegram
     * that this one arrived — only after this returns, so it returns only once every update is
     * stored: while the database is unreachable it waits and tries again. When the service stops
     * meanwhile it throws, which ends the poller without confirming the batch; Telegram sends it
     * again to the next start.
     */
    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            Duration wait = Duration.ofMillis(500);
            while (true) {
                try {
                    accept(update);
                    break;
                } catch (DataAccessException e) {
                    if (stopping) {
                        throw new IllegalStateException("stopping; update " + update.getUpdateId() + " not stored", e);
                    }
                    log.warn("Could not store Telegram update {}; trying again in {}", update.getUpdateId(), wait, e);
                    sleep(wait);
                    wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0
                            ? Duration.ofSeconds(30)
                            : wait.multipliedBy(2);
                }
            }
        }
    }

    /** Stores one update and schedules it; false when it was a repeat. */
    boolean accept(Update update) {
        Long chat = UpdateCodec.chatOf(update);
        boolean fresh = inbox.store(update.getUpdateId(), chat, codec.write(update), clock.instant());
        if (fresh) {
            workers.submit(update.getUpdateId(), chat);
        } else {
            log.debug("Telegram update {} received again; handled once already", update.getUpdateId());
        }
        return fresh;
    }

    void stopping() {
        stopping = true;
    }

    private void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing updates", e);
        }
    }
}
