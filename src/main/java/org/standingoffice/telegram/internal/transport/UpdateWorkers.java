package org.standingoffice.telegram.internal.transport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.Threads;
import org.standingoffice.telegram.internal.UpdateRouter;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Handles stored updates on a few lanes of one thread each; a chat always maps to the same lane,
 * so its updates are handled in order (registration answers follow their questions). Updates left
 * pending by a stop or a failure are picked up again by a periodic sweep; one that keeps failing
 * is set aside after {@code max-attempts} and the asker told.
 */
@Component
@ConditionalOnTelegram
class UpdateWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UpdateWorkers.class);
    private static final Duration SWEEP = Duration.ofSeconds(10);

    private final Inbox inbox;
    private final UpdateCodec codec;
    private final UpdateRouter router;
    private final TelegramProperties.Inbox settings;
    private final Clock clock;
    private final SetAsideMonitor setAside;
    private final boolean soleInstance;
    private final Set<Long> scheduled = ConcurrentHashMap.newKeySet();

    private volatile boolean running;
    private ExecutorService[] lanes;
    private ScheduledExecutorService sweeper;

    UpdateWorkers(
            Inbox inbox,
            UpdateCodec codec,
            UpdateRouter router,
            TelegramProperties properties,
            Clock clock,
            SetAsideMonitor setAside) {
        this.inbox = inbox;
        this.codec = codec;
        this.router = router;
        this.settings = properties.inbox();
        this.clock = clock;
        this.setAside = setAside;
        // Long polling runs on one instance; webhook instances may share the inbox.
        this.soleInstance = properties.mode() == TelegramProperties.Mode.POLLING;
    }

    @Override
    public void start() {
        lanes = new ExecutorService[settings.workers()];
        for (int i = 0; i < lanes.length; i++) {
            lanes[i] = Executors.newSingleThreadExecutor(Threads.daemon("telegram-update-" + i + "-"));
        }
        sweeper = Executors.newSingleThreadScheduledExecutor(Threads.daemon("telegram-update-sweep-"));
        running = true;
        if (soleInstance) {
            releaseInProgress();
        }
        sweeper.scheduleWithFixedDelay(this::sweep, 0, SWEEP.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Updates this instance was handling when it stopped (a crash, a kill) are handled again now
     * rather than after the lease. Only with long polling: in webhook mode another instance may be
     * handling them, and the lease decides.
     */
    private void releaseInProgress() {
        try {
            int released = inbox.releaseAllInProgress();
            if (released > 0) {
                log.info("Released {} Telegram updates that were in progress when the service stopped", released);
            }
        } catch (RuntimeException e) {
            log.warn("Could not release the Telegram updates in progress; the lease will: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        running = false;
        Threads.shutdown(sweeper, Duration.ofSeconds(1));
        if (lanes != null) {
            for (ExecutorService lane : lanes) {
                Threads.shutdown(lane, Duration.ofSeconds(10));
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the poller (no new updates) and before the outbox sender. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }

    void submit(long updateId, Long chatId) {
        if (!running || !scheduled.add(updateId)) {
            return; // not started yet or stopping: the sweep of the next start takes it
        }
        int lane = Math.floorMod(chatId == null ? updateId : chatId, lanes.length);
        try {
            lanes[lane].execute(() -> handle(updateId));
        } catch (RejectedExecutionException e) {
            scheduled.remove(updateId);
        }
    }

    private void handle(long updateId) {
        Update update = null;
        try {
            Optional<String> payload = inbox.claim(updateId, clock.instant());
            if (payload.isEmpty()) {
                return;
            }
            update = codec.read(payload.get());
            router.route(updateId, update);
            inbox.done(updateId, clock.instant());
        } catch (RuntimeException e) {
            log.warn("Handling Telegram update {} failed", updateId, e);
            try {
                if (inbox.failed(updateId, e.toString(), settings.maxAttempts(), clock.instant())) {
                    setAside.setAsideAtHandling();
                    if (update != null) {
                        router.gaveUp(updateId, update);
                    }
                }
            } catch (RuntimeException again) {
                log.warn("Could not record the failure of update {}: {}", updateId, again.toString());
            }
        } finally {
            scheduled.remove(updateId);
        }
    }

    private void sweep() {
        try {
            Instant now = clock.instant();
            inbox.releaseStale(now.minus(settings.lease()));
            for (Inbox.Pending pending : inbox.pending(500)) {
                submit(pending.updateId(), pending.chatId());
            }
            inbox.purge(now.minus(settings.retention()));
        } catch (RuntimeException e) {
            log.warn("Sweeping the Telegram inbox failed: {}", e.toString());
        }
    }
}
