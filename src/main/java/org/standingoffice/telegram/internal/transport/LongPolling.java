package org.standingoffice.telegram.internal.transport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.Threads;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling with TelegramBots' session on threads of our own: the poller is a daemon thread
 * and its pending request is cancelled on stop, so it neither keeps the JVM alive nor delays the
 * shutdown by a poll's timeout. The session only stores updates (through {@link UpdateIntake});
 * handling them is the workers' job. Starts last and stops first, so that every update it fetched
 * is stored before the database goes away.
 */
@Component
@ConditionalOnTelegram(mode = "polling")
class LongPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LongPolling.class);
    private static final String SESSION_LOGGER = "org.telegram.telegrambots.longpolling.BotSession";
    private static final List<String> UPDATES = List.of("message", "edited_message", "callback_query");

    private final TelegramProperties properties;
    private final UpdateIntake intake;
    private final UpdateCodec codec;
    private final UpdateReader reader;

    private volatile boolean running;
    private TelegramBotsLongPollingApplication application;
    private ScheduledExecutorService poller;
    private ExecutorService httpThreads;
    private OkHttpClient http;
    private Thread registration;

    LongPolling(TelegramProperties properties, UpdateIntake intake, UpdateCodec codec, UpdateReader reader) {
        this.properties = properties;
        this.intake = intake;
        this.codec = codec;
        this.reader = reader;
    }

    @Override
    public void start() {
        httpThreads = new ThreadPoolExecutor(
                0, 4, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), Threads.daemon("telegram-poll-http-"));
        // A poll waits up to poll-timeout for updates; the read timeout must be longer.
        http = TelegramConfiguration.baseClient(httpThreads)
                .readTimeout(properties.pollTimeout().plusSeconds(15))
                .build();
        poller = Executors.newSingleThreadScheduledExecutor(Threads.daemon("telegram-poller-"));
        application = new TelegramBotsLongPollingApplication(
                codec::mapper, () -> http, () -> poller, ExponentialBackOff::new);
        running = true;
        // Registering deletes any webhook first, a call that may hang while Telegram is unreachable;
        // the service starts anyway and keeps trying.
        registration = Threads.daemon("telegram-poll-start-").newThread(this::register);
        registration.start();
    }

    private void register() {
        TelegramUrl url = TelegramConfiguration.telegramUrl(properties.apiUrl());
        int timeout = (int) Math.max(0, properties.pollTimeout().toSeconds());
        Duration wait = Duration.ofSeconds(1);
        while (running) {
            try {
                application.registerBot(
                        properties.botToken(),
                        () -> url,
                        last -> new LenientGetUpdates(last + 1, 100, timeout, UPDATES, codec.mapper(), reader),
                        intake);
                log.info("Telegram long polling started");
                return;
            } catch (TelegramApiException e) {
                log.warn("Could not start Telegram long polling; trying again in {}: {}", wait, e.toString());
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
                wait = wait.multipliedBy(2).compareTo(Duration.ofMinutes(1)) > 0
                        ? Duration.ofMinutes(1)
                        : wait.multipliedBy(2);
            }
        }
    }

    @Override
    public void stop() {
        running = false;
        intake.stopping();
        if (registration != null) {
            registration.interrupt();
        }
        try {
            application.close();
        } catch (Exception e) {
            log.debug("Closing the long-polling session: {}", e.toString());
        }
        // The poll in flight would otherwise wait out its timeout; a batch it already received and
        // is storing finishes first (awaitTermination), and an unstored one is not confirmed.
        // TelegramBots logs the cancelled poll as an ERROR; at a stop it is expected, so its
        // session logger is quiet until the poller has ended.
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel(SESSION_LOGGER, LogLevel.OFF);
        http.dispatcher().cancelAll();
        poller.shutdown();
        try {
            if (!poller.awaitTermination(10, TimeUnit.SECONDS)) {
                poller.shutdownNow();
            }
        } catch (InterruptedException e) {
            poller.shutdownNow();
            Thread.currentThread().interrupt();
        }
        Threads.shutdown(httpThreads, Duration.ofSeconds(1));
        http.connectionPool().evictAll();
        logging.setLogLevel(SESSION_LOGGER, null);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
