package org.standingoffice.telegram.internal.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Bot API behind one small interface: every call goes through {@link #call}, which turns the
 * library's exceptions into a {@link BotApiFailure} that says whether to wait, retry or give up.
 * Owns the HTTP client's threads, which are daemon threads and are shut down with the context.
 */
public class BotApi implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BotApi.class);

    private final TelegramClient client;
    private final OkHttpClient http;
    private final ExecutorService httpThreads;
    private final HttpUrl files;
    private final OkHttpClient downloads;

    /**
     * @param files where the Bot API serves the bot's files: {@code <api url>/file/bot<token>}
     */
    BotApi(TelegramClient client, OkHttpClient http, ExecutorService httpThreads, HttpUrl files) {
        this.client = client;
        this.http = http;
        this.httpThreads = httpThreads;
        this.files = files;
        // A file is streamed on to whoever asked for it at their pace: no limit on the whole call,
        // only on each read.
        this.downloads = http.newBuilder().callTimeout(Duration.ZERO).build();
    }

    public <T extends Serializable> T call(BotApiMethod<T> method) throws BotApiFailure {
        return guarded(() -> client.execute(method));
    }

    /** {@code setWebhook} is a multipart method of its own in the library. */
    public Boolean call(SetWebhook method) throws BotApiFailure {
        return guarded(() -> client.execute(method));
    }

    /** A file being received from the Bot API; whoever reads it closes it. */
    public record Download(InputStream content, Long length) {}

    /**
     * Asks for the file's path ({@code getFile}) and starts receiving it. Not the library's
     * {@code downloadFileAsStream}: it always downloads from api.telegram.org whatever
     * {@code TELEGRAM_API_URL} says, and hands over an error page's body as if it were the file.
     */
    public Download download(String fileId) throws BotApiFailure {
        File file = call(new GetFile(fileId));
        if (file.getFilePath() == null || file.getFilePath().isBlank()) {
            throw new BotApiFailure(BotApiFailure.Kind.PERMANENT, null, null, "getFile gave no file_path", null);
        }
        Request request = new Request.Builder()
                .url(files.newBuilder().addPathSegments(file.getFilePath()).build())
                .get()
                .build();
        Response response;
        try {
            response = downloads.newCall(request).execute();
        } catch (IOException e) {
            // The URL holds the token: the description names the failure only.
            throw new BotApiFailure(BotApiFailure.Kind.TRANSIENT, null, null, "file download failed: " + e, e);
        }
        if (!response.isSuccessful()) {
            int code = response.code();
            response.close();
            throw failure(code, null, "file download answered " + code, null);
        }
        long length = response.body().contentLength();
        return new Download(response.body().byteStream(), length < 0 ? file.getFileSize() : length);
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
    public void callQuietly(BotApiMethod<?> method) {
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
        Integer retryAfter =
                e.getParameters() == null ? null : e.getParameters().getRetryAfter();
        return failure(e.getErrorCode(), retryAfter, describe(e), e);
    }

    private static BotApiFailure failure(Integer code, Integer retryAfter, String description, Exception cause) {
        if (code == null || code == 0) {
            // No JSON error: a proxy's 502 page, a truncated body. The request may not have arrived.
            return new BotApiFailure(BotApiFailure.Kind.TRANSIENT, null, null, description, cause);
        }
        if (code == 429) {
            Duration wait = Duration.ofSeconds(retryAfter == null || retryAfter < 1 ? 1 : retryAfter);
            return new BotApiFailure(BotApiFailure.Kind.RATE_LIMITED, code, wait, description, cause);
        }
        if (code >= 500) {
            return new BotApiFailure(BotApiFailure.Kind.TRANSIENT, code, null, description, cause);
        }
        return new BotApiFailure(BotApiFailure.Kind.PERMANENT, code, null, description, cause);
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
