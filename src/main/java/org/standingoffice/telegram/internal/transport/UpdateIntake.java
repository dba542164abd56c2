package org.standingoffice.telegram.internal.transport;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where updates arrive, from the long-polling session or the webhook: each is stored in the inbox
 * (a repeat is dropped there) and handed to the workers, or — when it cannot be read or stored as
 * it is — set aside for an administrator. Nothing an update contains stops intake: only an
 * unreachable database makes it wait. Returns quickly; the work happens on the workers' threads.
 */
@Component
@ConditionalOnTelegram
public class UpdateIntake implements LongPollingUpdateConsumer {

    private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);

    private final Inbox inbox;
    private final UpdateReader reader;
    private final UpdateWorkers workers;
    private final SetAsideMonitor setAside;
    private final Clock clock;
    private volatile boolean stopping;

    UpdateIntake(Inbox inbox, UpdateReader reader, UpdateWorkers workers, SetAsideMonitor setAside, Clock clock) {
        this.inbox = inbox;
        this.reader = reader;
        this.workers = workers;
        this.setAside = setAside;
        this.clock = clock;
    }

    /**
     * Called by the poller with a batch (already screened by {@link LenientGetUpdates}). TelegramBots
     * moves its offset past the batch before calling this and ends polling for good when this
     * throws, so this returns only once every update is stored or set aside: while the database is
     * unreachable it waits and tries again. When the service stops meanwhile it throws; Telegram
     * sends the unconfirmed batch again to the next start.
     */
    @Override
    public void consume(List<Update> updates) {
        for (Update update : updates) {
            UpdateReader.Read read =
                    update instanceof LenientGetUpdates.Unreadable unreadable ? unreadable.read() : screen(update);
            Duration wait = Duration.ofMillis(500);
            while (true) {
                try {
                    accept(read);
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

    private UpdateReader.Read screen(Update update) {
        try {
            return new UpdateReader.Usable(update, UpdateCodec.chatOf(update), reader.payloadOf(update));
        } catch (RuntimeException e) {
            return new UpdateReader.Unreadable(
                    update.getUpdateId() == null ? null : update.getUpdateId().longValue(), "", "cannot be read: " + e);
        }
    }

    /**
     * Stores one update and schedules it, or sets it aside; false when it was a repeat or had no
     * id to keep it under. Throws only when the database cannot be reached.
     */
    boolean accept(UpdateReader.Read read) {
        if (read instanceof UpdateReader.Usable usable) {
            return store(usable);
        }
        return setAside((UpdateReader.Unreadable) read);
    }

    private boolean store(UpdateReader.Usable usable) {
        long id = usable.update().getUpdateId();
        boolean fresh;
        try {
            fresh = inbox.store(id, usable.chatId(), usable.payload(), clock.instant());
        } catch (DataIntegrityViolationException e) {
            return setAside(new UpdateReader.Unreadable(
                    id, UpdateReader.excerpt(usable.payload()), "refused by the database: " + e.getMessage()));
        }
        if (fresh) {
            workers.submit(id, usable.chatId());
        } else {
            log.debug("Telegram update {} received again; handled once already", id);
        }
        return fresh;
    }

    private boolean setAside(UpdateReader.Unreadable unreadable) {
        if (unreadable.updateId() == null) {
            log.warn("Dropped a Telegram update without a readable update_id: {}", unreadable.reason());
            setAside.droppedAtIntake();
            return false;
        }
        log.warn("Set aside Telegram update {}: {}", unreadable.updateId(), unreadable.reason());
        inbox.setAside(unreadable.updateId(), null, unreadable.excerpt(), unreadable.reason(), clock.instant());
        setAside.setAsideAtIntake();
        return false;
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
