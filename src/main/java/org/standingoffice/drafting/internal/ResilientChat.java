package org.standingoffice.drafting.internal;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls the language model with a hard time limit and behind a circuit breaker, on a small pool of
 * its own threads. A question is never kept waiting on the model: a slow call is cancelled at the
 * limit, and while the breaker is open (the server is down or overloaded) calls fail at once, so
 * drafts come from the extractive drafter in milliseconds instead of after one timeout each.
 */
final class ResilientChat implements AutoCloseable {

    /** Why the model gave no usable reply; the message is safe to record (no question text). */
    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private final ChatModel model;
    private final String name;
    private final TimeLimiter timeLimiter;
    private final CircuitBreaker breaker;
    private final ThreadPoolExecutor executor;

    ResilientChat(ChatModel model, String name, LlmProperties properties) {
        this.model = model;
        this.name = name;
        this.timeLimiter = TimeLimiter.of(TimeLimiterConfig.custom()
                .timeoutDuration(properties.timeout())
                .cancelRunningFuture(true)
                .build());
        LlmProperties.CircuitBreakerSettings settings = properties.circuitBreaker();
        this.breaker = CircuitBreaker.of(
                "llm",
                CircuitBreakerConfig.custom()
                        .failureRateThreshold(settings.failureRateThreshold())
                        .slidingWindowSize(settings.slidingWindow())
                        .minimumNumberOfCalls(Math.min(settings.minimumCalls(), settings.slidingWindow()))
                        .waitDurationInOpenState(settings.openFor())
                        .build());
        AtomicInteger threads = new AtomicInteger();
        int size = properties.maxConcurrentCalls();
        // A short queue absorbs a burst; beyond it a question falls back instead of queueing for
        // minutes behind calls that may all time out.
        this.executor =
                new ThreadPoolExecutor(size, size, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(size), task -> {
                    Thread thread = new Thread(task, "llm-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.executor.allowCoreThreadTimeOut(true);
    }

    /** {@code openai:gpt-4o-mini}: the model's name as staff see it on drafts. */
    String name() {
        return name;
    }

    CircuitBreaker.State state() {
        return breaker.getState();
    }

    /** The text of the model's reply. */
    String chat(ChatRequest request) throws Failure {
        try {
            return breaker.executeCallable(() -> timeLimiter.executeFutureSupplier(
                    () -> executor.submit(() -> model.chat(request).aiMessage().text())));
        } catch (CallNotPermittedException e) {
            throw new Failure("circuit breaker open after repeated model failures");
        } catch (TimeoutException e) {
            throw new Failure("no reply within "
                    + timeLimiter.getTimeLimiterConfig().getTimeoutDuration().toMillis() + " ms");
        } catch (RejectedExecutionException e) {
            throw new Failure("too many model calls in flight");
        } catch (Exception e) {
            throw new Failure(describe(e));
        }
    }

    /**
     * The kind of error and the HTTP status, never the message: servers echo the request in error
     * messages, and the request holds the asker's question.
     */
    private static String describe(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof ExecutionException || cause.getClass() == RuntimeException.class)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        for (Throwable inner = cause; inner != null; inner = inner.getCause()) {
            if (inner instanceof HttpException http) {
                return "model server answered HTTP " + http.statusCode();
            }
            if (inner instanceof dev.langchain4j.exception.TimeoutException
                    || inner instanceof java.net.http.HttpTimeoutException
                    || inner instanceof java.net.SocketTimeoutException) {
                return "model server timed out";
            }
            if (inner instanceof java.net.ConnectException) {
                return "model server unreachable";
            }
        }
        return "model call failed (" + cause.getClass().getSimpleName() + ")";
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
