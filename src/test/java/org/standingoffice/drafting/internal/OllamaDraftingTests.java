package org.standingoffice.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.Draft;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The LLM drafter against a stub speaking Ollama's native {@code /api/chat} wire format, through
 * the real LangChain4j Ollama client (1.18.1 beside core 1.19.0: this also proves they link).
 */
class OllamaDraftingTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    MockWebServer server;
    Fixtures.Stack stack;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        String baseUrl = server.url("/").toString();
        stack = new Fixtures.Stack(Fixtures.llm(
                LlmProperties.Provider.OLLAMA, baseUrl.substring(0, baseUrl.length() - 1), Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() throws IOException {
        stack.chat.close();
        server.shutdown();
    }

    static MockResponse chat(String content) {
        Map<String, Object> body = Map.of(
                "model",
                "test-model",
                "created_at",
                "2025-08-20T10:00:00Z",
                "message",
                Map.of("role", "assistant", "content", content),
                "done",
                true,
                "done_reason",
                "stop",
                "prompt_eval_count",
                900,
                "eval_count",
                60);
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(JSON.writeValueAsString(body));
    }

    @Test
    void aGroundedAnswerFromOllamaBecomesADraft() throws Exception {
        server.enqueue(chat(OpenAiDraftingTests.reply(
                "The finances and assets of the trade union system need guidance at the provincial level.",
                List.of("P2"),
                "especially the finances and assets of the trade union system")));

        Draft draft = stack.drafter.draft(Fixtures.retrieved("Who guides trade union finances?", "en"));

        assertThat(draft.drafter()).isEqualTo("ollama:test-model");
        assertThat(draft.citations()).containsExactly(new Citation("183-KL/TW", "7(iii)"));
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getPath()).isEqualTo("/api/chat");
        JsonNode sent = JSON.readTree(request.getBody().readUtf8());
        assertThat(sent.path("model").asString()).isEqualTo("test-model");
        assertThat(sent.path("stream").asBoolean(true)).isFalse();
        assertThat(sent.path("format").path("properties").has("sentences")).isTrue();
    }

    @Test
    void ollamaServerErrorsFallBack() {
        server.enqueue(new MockResponse().setResponseCode(500).setBody("{\"error\": \"model not loaded\"}"));

        Draft draft = stack.drafter.draft(Fixtures.retrieved("Who guides trade union finances?", "en"));

        assertThat(draft.drafter()).isEqualTo("extractive (llm fallback)");
        assertThat(draft.fallbackReason()).contains("500");
    }

    @Test
    void malformedOllamaOutputFallsBack() {
        server.enqueue(chat("The trade union system is guided by the Fatherland Front."));

        Draft draft = stack.drafter.draft(Fixtures.retrieved("Who guides trade union finances?", "en"));

        assertThat(draft.drafter()).isEqualTo("extractive (llm fallback)");
        assertThat(draft.fallbackReason()).isEqualTo("reply is not JSON");
    }
}
