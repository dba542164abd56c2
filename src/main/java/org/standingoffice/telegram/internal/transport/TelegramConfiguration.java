package org.standingoffice.telegram.internal.transport;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.Threads;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** The Bot API client, with HTTP threads of our own. Nothing here exists without a bot token. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnTelegram
class TelegramConfiguration {

    /**
     * OkHttp's default dispatcher runs calls on non-daemon threads that linger for a minute after
     * the last call, which would keep a stopping JVM alive; these are daemon threads, closed with
     * the context.
     */
    @Bean(destroyMethod = "close")
    BotApi botApi(TelegramProperties properties, UpdateCodec codec) {
        ExecutorService httpThreads = new ThreadPoolExecutor(
                0, 64, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), Threads.daemon("telegram-http-"));
        OkHttpClient http = baseClient(httpThreads)
                .callTimeout(Duration.ofSeconds(30))
                .readTimeout(Duration.ofSeconds(30))
                .build();
        TelegramUrl url = telegramUrl(properties.apiUrl());
        OkHttpTelegramClient client = new OkHttpTelegramClient(codec.mapper(), http, properties.botToken(), url);
        return new BotApi(client, http, httpThreads, files(url, properties.botToken()));
    }

    /** Where the Bot API serves the files the bot received, the way it serves its methods. */
    static HttpUrl files(TelegramUrl url, String token) {
        return new HttpUrl.Builder()
                .scheme(url.getSchema())
                .host(url.getHost())
                .port(url.getPort())
                .addPathSegment("file")
                .addPathSegment("bot" + token)
                .build();
    }

    static OkHttpClient.Builder baseClient(ExecutorService threads) {
        Dispatcher dispatcher = new Dispatcher(threads);
        dispatcher.setMaxRequests(64);
        dispatcher.setMaxRequestsPerHost(64);
        return new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(16, 5, TimeUnit.MINUTES))
                .connectTimeout(Duration.ofSeconds(10))
                .writeTimeout(Duration.ofSeconds(30));
    }

    /** {@code TELEGRAM_API_URL} as the library wants it: scheme, host and port. */
    static TelegramUrl telegramUrl(URI url) {
        String scheme = url.getScheme() == null ? "https" : url.getScheme();
        int port = url.getPort() != -1 ? url.getPort() : scheme.equals("http") ? 80 : 443;
        return new TelegramUrl(scheme, url.getHost(), port, false);
    }
}
