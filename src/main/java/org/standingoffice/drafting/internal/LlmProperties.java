package org.standingoffice.drafting.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The optional language model behind the LLM drafter and the query rewrite. Secrets come from the
 * environment only ({@code OPENAI_API_KEY}); see application.yml.
 *
 * @param provider {@code none} (offline, the default), {@code openai} (any OpenAI-compatible
 *     server) or {@code ollama}
 * @param timeout how long one model call may take before the extractive draft is used
 * @param maxRetries retries of the HTTP client on 429/5xx, inside {@code timeout}; 0 by default
 *     because LangChain4j logs each retried error with the server's error body, which may echo
 *     the request (and so the asker's question)
 * @param structuredOutput {@code json-schema} asks the server to constrain the reply to the schema;
 *     {@code json} only asks for a JSON object, for servers without schema support
 * @param rewriteQueries whether to also search with the model's rewrite of the question
 * @param passages how many of the retrieved passages the model is shown
 * @param maxConcurrentCalls model calls in flight at once; more wait in a short queue, then fall
 *     back
 * @param minQuoteWords a sentence's verbatim quote from its passage must have at least this many
 *     words
 * @param minSentenceSupport in the documents' own language, the share of a sentence's words its
 *     cited passages must contain
 */
@Validated
@ConfigurationProperties("office.llm")
public record LlmProperties(
        @NotNull @DefaultValue("none") Provider provider,
        @Valid @DefaultValue Endpoint openai,
        @Valid @DefaultValue Endpoint ollama,
        @NotNull @DefaultValue("20s") Duration timeout,
        @Min(0) @DefaultValue("0") int maxRetries,
        @DecimalMin("0") @DecimalMax("2") @DefaultValue("0") double temperature,
        @Min(64) @DefaultValue("1024") int maxOutputTokens,
        @NotNull @DefaultValue("json-schema") StructuredOutput structuredOutput,
        @DefaultValue("true") boolean rewriteQueries,
        @Min(1) @DefaultValue("5") int passages,
        @Min(1) @DefaultValue("8") int maxConcurrentCalls,
        @Valid @DefaultValue CircuitBreakerSettings circuitBreaker,
        @Min(1) @DefaultValue("4") int minQuoteWords,

        @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.5")
        double minSentenceSupport) {

    public enum Provider {
        NONE,
        OPENAI,
        OLLAMA
    }

    public enum StructuredOutput {
        JSON_SCHEMA,
        JSON
    }

    /** Where a provider's server is and which model to ask; the key is empty for Ollama. */
    public record Endpoint(
            @DefaultValue("") String baseUrl,
            @DefaultValue("") String apiKey,
            @DefaultValue("") String model) {}

    /**
     * @param failureRateThreshold percentage of failed calls in the window that opens the breaker
     * @param slidingWindow how many recent calls the failure rate is measured over
     * @param minimumCalls calls needed before the rate is judged
     * @param openFor how long an open breaker sends every question straight to the fallback
     */
    public record CircuitBreakerSettings(
            @DecimalMin("1") @DecimalMax("100") @DefaultValue("50")
            float failureRateThreshold,

            @Min(1) @DefaultValue("10") int slidingWindow,
            @Min(1) @DefaultValue("5") int minimumCalls,
            @NotNull @DefaultValue("30s") Duration openFor) {}

    /** The endpoint of the chosen provider. */
    Endpoint endpoint() {
        return provider == Provider.OLLAMA ? ollama : openai;
    }

    /** {@code openai:gpt-4o-mini}: how staff see drafts of this model. */
    String drafterName() {
        String name = provider.name().toLowerCase(java.util.Locale.ROOT) + ":"
                + endpoint().model();
        return name.length() <= 40 ? name : name.substring(0, 40);
    }
}
