package org.standingoffice.drafting.internal;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;

/**
 * Builds the LangChain4j client of the configured provider by hand: LangChain4j's Spring Boot
 * starters do not run on Boot 4. Request logging stays off, because requests hold the asker's
 * question.
 */
final class ChatModels {

    /** How far past the time limit the client's own timeout lies. */
    private static final Duration CLIENT_BACKSTOP = Duration.ofSeconds(2);

    private ChatModels() {}

    static ChatModel of(LlmProperties properties) {
        LlmProperties.Endpoint endpoint = properties.endpoint();
        if (endpoint.baseUrl().isBlank() || endpoint.model().isBlank()) {
            throw new IllegalStateException("office.llm.provider is " + properties.provider()
                    + " but its base URL or model is not set (OPENAI_BASE_URL/OPENAI_MODEL, "
                    + "OLLAMA_BASE_URL/OLLAMA_MODEL)");
        }
        return switch (properties.provider()) {
            case OPENAI ->
                OpenAiChatModel.builder()
                        .baseUrl(endpoint.baseUrl())
                        // Local OpenAI-compatible servers (llama.cpp, vLLM, LM Studio) need no key.
                        .apiKey(endpoint.apiKey().isBlank() ? "unused" : endpoint.apiKey())
                        .modelName(endpoint.model())
                        .temperature(properties.temperature())
                        .maxTokens(properties.maxOutputTokens())
                        .strictJsonSchema(true)
                        .timeout(clientTimeout(properties))
                        .maxRetries(properties.maxRetries())
                        .logRequests(false)
                        .logResponses(false)
                        .build();
            case OLLAMA ->
                OllamaChatModel.builder()
                        .baseUrl(endpoint.baseUrl())
                        .modelName(endpoint.model())
                        .temperature(properties.temperature())
                        .numPredict(properties.maxOutputTokens())
                        .timeout(clientTimeout(properties))
                        .maxRetries(properties.maxRetries())
                        .logRequests(false)
                        .logResponses(false)
                        .build();
            case NONE -> throw new IllegalStateException("no language model is configured");
        };
    }

    /**
     * The HTTP client's own timeout: a backstop just past the time limit {@link ResilientChat}
     * enforces. At the same value the two timers raced, and which reason staff read ("no reply
     * within 20000 ms" or "model server timed out") depended on the machine's load.
     */
    private static Duration clientTimeout(LlmProperties properties) {
        return properties.timeout().plus(CLIENT_BACKSTOP);
    }
}
