package org.standingoffice.telegram.internal;

import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Bot API behind one small interface: every call goes through {@link #call}, which turns the
 * library's exceptions into a {@link BotApiFailure} that says whether to wait, retry or give up.
 * Owns the HTTP client's threads, which are daemon threads and are shut down with the context.
 */
class BotApi implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BotApi.class);

    private final TelegramClient client;
    private final OkHttpClient http;
    private final ExecutorService httpThreads;

    BotApi(TelegramClient client, OkHttpClient http, ExecutorService httpThreads) {
        this.client = client;
        this.http = http;
        this.httpThreads = httpThreads;
    }

    <T extends Serializable> T call(BotApiMethod<T> method) throws BotApiFailure {
        return guarded(() -> client.execute(method));
    }

    /** {@code setWebhook} is a multipart method of its own in the library. */
    Boolean call(SetWebhook method) throws BotApiFailure {
        return guarded(() -> client.execute(method));
    }

    private interface Execution<T> {
        T run() throws TelegramApiException;
    }

    private static <T> T guarded(Execution<T> execution) throws BotApiFailure {
        try {
            return execution.run();
        } catch (TelegramApiRequestException e) {
            throw classify(e);
        } catch (TelegramApiException e) {
            // The request did not get an answer from the Bot API (network, timeout): worth retrying.
            throw new BotApiFailure(BotApiFailure.Kind.TRANSIENT, null, null, describe(e), e);
        } catch (RuntimeException e) {
            throw new BotApiFailure(BotApiFailure.Kind.TRANSIENT, null, null, describe(e), e);
        }
    }

    /** For calls whose loss costs nothing (a typing indicator); failures are only logged. */
    void callQuietly(BotApiMethod<?> method) {
        try {
            client.executeAsync(method).exceptionally(failure -> {
                log.debug("{} failed: {}", method.getMethod(), failure.toString());
                return null;
            });
        } catch (TelegramApiException | RuntimeException e) {
            log.debug("{} failed: {}", method.getMethod(), e.toString());
        }
    }

    static BotApiFailure classify(TelegramApiRequestException e) {
        Integer code = e.getErrorCode();
        String description = describe(e);
        if (code == null || code == 0) {
            // No JSON error: a proxy's 502 page, a truncated body. The request may not have arrived.
            return new BotApiFailure(BotApiFailure.Kind.TRANSIENT, null, null, description, e);
        }
        if (code == 429) {
            Integer seconds =
                    e.getParameters() == null ? null : e.getParameters().getRetryAfter();
            Duration wait = Duration.ofSeconds(seconds == null || seconds < 1 ? 1 : seconds);
            return new BotApiFailure(BotApiFailure.Kind.RATE_LIMITED, code, wait, description, e);
        }
        if (code >= 500) {
            return new BotApiFailure(BotApiFailure.Kind.TRANSIENT, code, null, description, e);
        }
        return new BotApiFailure(BotApiFailure.Kind.PERMANENT, code, null, description, e);
    }

    private static String describe(Exception e) {
        if (e instanceof TelegramApiRequestException request && request.getApiResponse() != null) {
            return request.getErrorCode() + " " + request.getApiResponse();
        }
        Throwable cause = e.getCause();
        return cause == null ? String.valueOf(e.getMessage()) : e.getMessage() + ": " + cause;
    }

    @Override
    public void close() {
        http.dispatcher().cancelAll();
        httpThreads.shutdown();
        try {
            if (!httpThreads.awaitTermination(5, TimeUnit.SECONDS)) {
                httpThreads.shutdownNow();
            }
        } catch (InterruptedException e) {
            httpThreads.shutdownNow();
            Thread.currentThread().interrupt();
        }
        http.connectionPool().evictAll();
    }
}
