package org.standingoffice.drafting.internal;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks the model for a search query in the documents' language: a Vietnamese question typed
 * without diacritics becomes an English query the English translations match. A failed rewrite is
 * no loss — retrieval still has the original question.
 */
final class QueryRewriter {

    private static final Logger log = LoggerFactory.getLogger(QueryRewriter.class);
    private static final int MAX_QUERY_LENGTH = 300;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ResponseFormat SCHEMA = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder()
                    .name("query")
                    .rootElement(JsonObjectSchema.builder()
                            .addStringProperty("query")
                            .required("query")
                            .additionalProperties(false)
                            .build())
                    .build())
            .build();

    private final ResilientChat chat;
    private final Prompts prompts;
    private final LlmProperties properties;

    QueryRewriter(ResilientChat chat, Prompts prompts, LlmProperties properties) {
        this.chat = chat;
        this.prompts = prompts;
        this.properties = properties;
    }

    /** The rewritten query, if the model gave one that differs from the question. */
    Optional<String> rewrite(String question, String language) {
        ChatRequest request = ChatRequest.builder()
                .messages(UserMessage.from(prompts.render(language, "rewrite", Map.of("question", question))))
                .responseFormat(
                        properties.structuredOutput() == LlmProperties.StructuredOutput.JSON_SCHEMA
                                ? SCHEMA
                                : ResponseFormat.JSON)
                .build();
        try {
            String query = JSON.readTree(chat.chat(request).strip())
                    .path("query")
                    .asString("")
                    .replaceAll("\\s+", " ")
                    .strip();
            if (query.length() > MAX_QUERY_LENGTH) {
                query = query.substring(0, MAX_QUERY_LENGTH);
            }
            return query.isEmpty() || query.equalsIgnoreCase(question.strip()) ? Optional.empty() : Optional.of(query);
        } catch (ResilientChat.Failure e) {
            log.warn("query rewrite skipped: {}", e.getMessage());
        } catch (JacksonException e) {
            log.warn("query rewrite skipped: reply is not JSON");
        }
        return Optional.empty();
    }
}
