package org.standingoffice.telegram.internal.delivery;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.Html;
import org.standingoffice.telegram.internal.Threads;
import org.standingoffice.telegram.internal.transport.BotApi;
import org.standingoffice.telegram.internal.transport.BotApiFailure;
import org.telegram.telegrambots.meta.api.methods.CopyMessage;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.MessageId;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.ForceReplyKeyboard;

/**
 * Sends the outbox. One thread picks the messages whose turn has come — the oldest pending one of
 * each chat, within Telegram's rates — and a few threads send them. A 429 pauses the chat for
 * {@code retry_after}; 5xx and network failures are retried with exponential backoff, without
 * limit, so no message is ever dropped for them; other 4xx answers fail the message for good
 * (the asker blocked the bot, the chat is gone), except refused HTML, which is resent as plain text.
 * All threads are daemon threads; stopping waits briefly for sends in flight and leaves the rest
 * in the outbox for the next start.
 */
@Component
@ConditionalOnTelegram
class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 200;

    private final Outbox outbox;
    private final BotApi api;
    private final Pacing pacing;
    private final Desk desk;
    private final DeliveryMetrics metrics;
    private final TelegramProperties.Delivery delivery;
    private final Clock clock;
    private final boolean soleSender;
    private final Set<Long> busyChats = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private final Object signal = new Object();

    private volatile boolean running;
    private Thread dispatcher;
    private ExecutorService senders;
    private ScheduledExecutorService housekeeping;

    OutboxSender(
            Outbox outbox, BotApi api, Desk desk, DeliveryMetrics metrics, TelegramProperties properties, Clock clock) {
        this.outbox = outbox;
        this.api = api;
        this.desk = desk;
        this.metrics = metrics;
        this.delivery = properties.delivery();
        this.pacing = new Pacing(delivery);
        this.clock = clock;
        // Only one process can long-poll a bot, so in that mode nobody else is sending.
        this.soleSender = properties.mode() == TelegramProperties.Mode.POLLING;
        outbox.onEnqueued(this::wake);
    }

    @Override
    public void start() {
        running = true;
        // Messages a previous run claimed but never confirmed are sent again: at least once. With
        // webhooks other instances may be sending theirs right now; the lease releases ours later.
        int released = soleSender ? outbox.releaseStale(clock.instant().plusSeconds(1)) : 0;
        if (released > 0) {
            log.info("{} Telegram messages claimed before the last stop will be sent again", released);
        }
        senders = Executors.newFixedThreadPool(delivery.senders(), Threads.daemon("telegram-send-"));
        housekeeping = Executors.newSingleThreadScheduledExecutor(Threads.daemon("telegram-outbox-lease-"));
        long leaseMillis = delivery.lease().toMillis();
        housekeeping.scheduleWithFixedDelay(
                () -> {
                    try {
                        outbox.releaseStale(clock.instant().minus(delivery.lease()));
                        outbox.purge(clock.instant().minus(delivery.retention()));
                    } catch (RuntimeException e) {
                        log.warn("Could not release stale Telegram messages: {}", e.toString());
                    }
                },
                leaseMillis,
                leaseMillis,
                TimeUnit.MILLISECONDS);
        dispatcher = Threads.daemon("telegram-outbox-").newThread(this::dispatchLoop);
        dispatcher.start();
    }

    @Override
    public void stop() {
        running = false;
        wake();
        if (dispatcher != null) {
            try {
                dispatcher.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Threads.shutdown(senders, Duration.ofSeconds(10));
        Threads.shutdown(housekeeping, Duration.ofSeconds(1));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the update handlers (which enqueue) and before the API client closes. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 300;
    }

    void wake() {
        wakeRequested.set(true);
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private void dispatchLoop() {
        while (running) {
            try {
                dispatchOnce();
            } catch (RuntimeException e) {
                log.warn("Telegram outbox dispatch failed; trying again: {}", e.toString());
            }
            awaitWork();
        }
    }

    private void awaitWork() {
        synchronized (signal) {
            if (!wakeRequested.getAndSet(false) && running) {
                try {
                    signal.wait(delivery.pollInterval().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
        }
    }

    void dispatchOnce() {
        Instant now = clock.instant();
        if (!pacing.hasRoom(now)) {
            return;
        }
        List<Outbox.Queued> due = outbox.due(now, BATCH);
        Set<Long> seen = new HashSet<>();
        for (Outbox.Queued queued : due) {
            // Claims no more than the senders can send now: a claimed message waiting in a queue
            // here could outlive its lease and be sent by another instance as well.
            if (busyChats.size() >= delivery.senders()) {
                return;
            }
            long chat = queued.message().chatId();
            if (!seen.add(chat) || busyChats.contains(chat)) {
                continue;
            }
            // Stamped now, not when this pass began: the send follows the stamp at once, and
            // passes are frequent since each claims only what its free senders can take. The claim
            // carries the same instant, so the outbox shows exactly when each slot was granted.
            Instant slot = clock.instant();
            if (!pacing.tryAcquire(chat, slot)) {
                if (!pacing.hasRoom(now)) {
                    return;
                }
                continue;
            }
            if (!outbox.claim(queued.id(), slot)) {
                continue;
            }
            busyChats.add(chat);
            try {
                senders.execute(() -> send(queued));
            } catch (RuntimeException rejected) {
                busyChats.remove(chat);
                outbox.retryAt(queued.id(), now, "not sent: stopping");
                return;
            }
        }
    }

    private void send(Outbox.Queued taken) {
        Outbox.Queued queued = taken;
        Outgoing message = queued.message();
        String method = message.method().name().toLowerCase();
        long started = System.nanoTime();
        try {
            if (message.editsCardOnceSent()) {
                Optional<Integer> card = outbox.sentCard(message.questionId(), message.chatId());
                if (card.isEmpty()) {
                    // The card itself failed for good (the group is gone): nothing to edit.
                    outbox.failed(queued.id(), "no card of question " + message.questionId() + " to edit");
                    metrics.failed();
                    return;
                }
                message = message.targeting(card.get());
                queued = new Outbox.Queued(
                        queued.id(),
                        message,
                        queued.plain(),
                        queued.attempts(),
                        queued.sentMessageId(),
                        queued.enqueuedAt());
            }
            Integer messageId = deliver(message, queued.plain());
            metrics.request(method, "ok", Duration.ofNanos(System.nanoTime() - started));
            Instant now = clock.instant();
            outbox.sent(queued.id(), messageId, now);
            metrics.sent(message.kind(), Duration.between(queued.enqueuedAt(), now));
            afterSent(message);
        } catch (BotApiFailure failure) {
            metrics.request(method, failure.kind().name().toLowerCase(), Duration.ofNanos(System.nanoTime() - started));
            handle(queued, failure);
        } catch (RuntimeException e) {
            // A bug or the database: keep the message and try again later rather than drop it.
            log.warn("Sending Telegram message {} failed unexpectedly", queued.id(), e);
            retryLater(queued, e.toString());
        } finally {
            busyChats.remove(message.chatId());
            wake();
        }
    }

    private void handle(Outbox.Queued queued, BotApiFailure failure) {
        Outgoing message = queued.message();
        switch (failure.kind()) {
            case RATE_LIMITED -> {
                Instant until = clock.instant().plus(failure.retryAfter());
                pacing.pause(message.chatId(), until);
                log.info(
                        "Telegram asked to wait {}s before writing to chat {} again",
                        failure.retryAfter().toSeconds(),
                        message.chatId());
                outbox.retryAt(queued.id(), until, failure.getMessage());
                metrics.retried(failure.kind());
            }
            case TRANSIENT -> {
                log.warn(
                        "Telegram message {} to chat {} not sent (attempt {}): {}",
                        queued.id(),
                        message.chatId(),
                        queued.attempts() + 1,
                        failure.getMessage());
                retryLater(queued, failure.getMessage());
                metrics.retried(failure.kind());
            }
            case PERMANENT -> {
                if (failure.notModified()) {
                    outbox.sent(queued.id(), message.targetMessageId(), clock.instant());
                } else if (failure.cannotParseEntities() && !queued.plain()) {
                    log.warn("Telegram refused the HTML of message {}; sending it as plain text", queued.id());
                    outbox.retryPlain(queued.id(), failure.getMessage());
                    metrics.retried(failure.kind());
                } else {
                    log.warn(
                            "Telegram refused message {} to chat {} for good: {}",
                            queued.id(),
                            message.chatId(),
                            failure.getMessage());
                    outbox.failed(queued.id(), failure.getMessage());
                    metrics.failed();
                }
            }
        }
    }

    private void retryLater(Outbox.Queued queued, String error) {
        outbox.retryAt(queued.id(), clock.instant().plus(backoff(queued.attempts() + 1)), error);
    }

    /** Exponential from {@code first-retry}, capped at {@code max-retry}, with ±20 % jitter. */
    Duration backoff(int attempt) {
        long first = delivery.firstRetry().toMillis();
        long max = delivery.maxRetry().toMillis();
        long wait = first << Math.min(Math.max(attempt - 1, 0), 20);
        wait = Math.min(Math.max(wait, first), max);
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis(Math.max(1, (long) (wait * jitter)));
    }

    private Integer deliver(Outgoing message, boolean plain) throws BotApiFailure {
        String text = plain && message.text() != null ? Html.toPlain(message.text()) : message.text();
        String parseMode = plain ? null : ParseMode.HTML;
        LinkPreviewOptions noPreview =
                LinkPreviewOptions.builder().isDisabled(true).build();
        return switch (message.method()) {
            case SEND -> {
                SendMessage.SendMessageBuilder<?, ?> send = SendMessage.builder()
                        .chatId(message.chatId())
                        .text(text)
                        .parseMode(parseMode)
                        .linkPreviewOptions(noPreview);
                if (message.replyTo() != null) {
                    send.replyParameters(ReplyParameters.builder()
                            .messageId(message.replyTo())
                            .allowSendingWithoutReply(true)
                            .build());
                }
                if (message.forceReply()) {
                    send.replyMarkup(ForceReplyKeyboard.builder()
                            .forceReply(true)
                            .selective(true)
                            .build());
                } else if (message.keyboard() != null) {
                    send.replyMarkup(message.keyboard().markup());
                }
                Message sent = api.call(send.build());
                yield sent.getMessageId();
            }
            case EDIT -> {
                EditMessageText.EditMessageTextBuilder<?, ?> edit = EditMessageText.builder()
                        .chatId(message.chatId())
                        .messageId(message.targetMessageId())
                        .text(text)
                        .parseMode(parseMode)
                        .linkPreviewOptions(noPreview);
                if (message.keyboard() != null) {
                    edit.replyMarkup(message.keyboard().markup());
                }
                Serializable ignored = api.call(edit.build());
                yield message.targetMessageId();
            }
            case EDIT_MARKUP -> {
                EditMessageReplyMarkup.EditMessageReplyMarkupBuilder edit = EditMessageReplyMarkup.builder()
                        .chatId(message.chatId())
                        .messageId(message.targetMessageId());
                if (message.keyboard() != null) {
                    edit.replyMarkup(message.keyboard().markup());
                }
                Serializable ignored = api.call(edit.build());
                yield message.targetMessageId();
            }
            case COPY -> {
                CopyMessage.CopyMessageBuilder<?, ?> copy = CopyMessage.builder()
                        .chatId(message.chatId())
                        .fromChatId(message.sourceChatId())
                        .messageId(message.targetMessageId());
                if (message.replyTo() != null) {
                    copy.replyParameters(ReplyParameters.builder()
                            .messageId(message.replyTo())
                            .allowSendingWithoutReply(true)
                            .build());
                }
                MessageId copied = api.call(copy.build());
                yield copied.getMessageId() == null ? null : Math.toIntExact(copied.getMessageId());
            }
        };
    }

    /** The last part of an answer reached the asker: the desk records the delivery. */
    private void afterSent(Outgoing message) {
        if (Outgoing.DELIVERS.equals(message.context()) && message.questionId() != null) {
            try {
                desk.markDelivered(new QuestionId(message.questionId()));
            } catch (RuntimeException e) {
                // Reopened or closed meanwhile: the delivery itself happened and is in the outbox.
                log.info(
                        "Question {} delivered, but the desk did not record it: {}",
                        message.questionId(),
                        e.toString());
            }
        }
    }
}
