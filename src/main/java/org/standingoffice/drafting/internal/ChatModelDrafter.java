package org.standingoffice.drafting.internal;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.Decision;
import org.standingoffice.drafting.Draft;
import org.standingoffice.drafting.Drafter;
import org.standingoffice.drafting.Escalation;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievedPassage;

/**
 * Drafts with a language model, and trusts nothing it returns: the reply must be the JSON the
 * prompt asks for, and every sentence must cite a passage that was retrieved and stand on it (see
 * {@link Grounding}). A reply that fails, a timeout, an error or an open circuit breaker gives the
 * extractive draft instead, marked as a fallback with the reason, so staff always see which drafter
 * wrote what they approve.
 */
final class ChatModelDrafter implements Drafter {

    static final String FALLBACK_NAME = ExtractiveDrafter.NAME + " (llm fallback)";
    private static final Logger log = LoggerFactory.getLogger(ChatModelDrafter.class);
    private static final ResponseFormat SCHEMA = ResponseFormat.builder()
            .type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder()
                    .name("draft")
                    .rootElement(JsonObjectSchema.builder()
                            .addProperty(
                                    "sentences",
                                    JsonArraySchema.builder()
                                            .items(JsonObjectSchema.builder()
                                                    .addStringProperty("text", "one answer sentence")
                                                    .addProperty(
                                                            "passage_ids",
                                                            JsonArraySchema.builder()
                                                                    .items(new JsonStringSchema())
                                                                    .build())
                                                    .addStringProperty(
                                                            "quote", "words copied verbatim from a cited passage")
                                                    .required("text", "passage_ids", "quote")
                                                    .additionalProperties(false)
                                                    .build())
                                            .build())
                            .addBooleanProperty("needs_human")
                            .addStringProperty("reason")
                            .required("sentences", "needs_human", "reason")
                            .additionalProperties(false)
                            .build())
                    .build())
            .build();

    private final ResilientChat chat;
    private final ExtractiveDrafter extractive;
    private final Prompts prompts;
    private final DraftLayout layout;
    private final Grounding grounding;
    private final Disclosure disclosure;
    private final LlmProperties properties;

    ChatModelDrafter(
            ResilientChat chat,
            ExtractiveDrafter extractive,
            Prompts prompts,
            DraftLayout layout,
            Disclosure disclosure,
            LlmProperties properties) {
        this.chat = chat;
        this.extractive = extractive;
        this.prompts = prompts;
        this.layout = layout;
        this.grounding = new Grounding(properties.minQuoteWords(), properties.minSentenceSupport());
        this.disclosure = disclosure;
        this.properties = properties;
    }

    /** Expects a result that cleared the confidence threshold and the guardrails. */
    @Override
    public Draft draft(RetrievalResult result) {
        String language = result.language();
        Map<String, Passage> shown = label(Points.onePerPoint(result.passages(), language));
        ChatRequest request = ChatRequest.builder()
                .messages(
                        SystemMessage.from(prompts.template(language, "system")),
                        UserMessage.from(prompts.render(
                                language,
                                "draft",
                                Map.of("question", result.question(), "passages", passages(shown, language)))))
                .responseFormat(
                        properties.structuredOutput() == LlmProperties.StructuredOutput.JSON_SCHEMA
                                ? SCHEMA
                                : ResponseFormat.JSON)
                .build();
        ModelReply reply;
        try {
            reply = ModelReply.parse(chat.chat(request));
        } catch (ResilientChat.Failure | ModelReply.Malformed e) {
            return fallBack(result, e.getMessage());
        }
        if (reply.needsHuman()) {
            return extractive.suggestion(result, Escalation.DRAFTER_UNSURE, chat.name());
        }
        Optional<String> problem = grounding.problem(reply, shown, language);
        if (problem.isPresent()) {
            return fallBack(result, problem.get());
        }
        Draft draft = compose(reply, shown, language);
        Optional<String> leak = disclosure.check(draft.text());
        return leak.isPresent() ? fallBack(result, leak.get()) : draft;
    }

    /** Short labels instead of passage ids: fewer tokens, and easier for a model to copy exactly. */
    private Map<String, Passage> label(List<RetrievedPassage> passages) {
        Map<String, Passage> shown = new LinkedHashMap<>();
        for (RetrievedPassage retrieved : passages) {
            if (shown.size() == properties.passages()) {
                break;
            }
            shown.put("P" + (shown.size() + 1), retrieved.passage());
        }
        return shown;
    }

    private String passages(Map<String, Passage> shown, String language) {
        StringBuilder text = new StringBuilder();
        shown.forEach((label, passage) -> {
            Citation citation = Citation.of(passage);
            text.append('[')
                    .append(label)
                    .append("] ")
                    .append(layout.cite(citation, language))
                    .append(" — ")
                    .append(passage.document().title());
            if (!passage.heading().isEmpty()) {
                text.append("\n").append(passage.heading());
            }
            text.append("\n").append(passage.text().strip()).append("\n\n");
        });
        return text.toString().strip();
    }

    /** Each sentence followed by citations written by us from the passages, never by the model. */
    private Draft compose(ModelReply reply, Map<String, Passage> shown, String language) {
        StringBuilder body = new StringBuilder();
        Set<Citation> cited = new LinkedHashSet<>();
        for (ModelReply.Sentence sentence : reply.sentences()) {
            List<String> written = new ArrayList<>();
            for (String id : new LinkedHashSet<>(sentence.passageIds())) {
                Passage passage = shown.get(id);
                Citation citation = Citation.of(passage);
                cited.add(citation);
                written.add(layout.cite(citation, language));
            }
            body.append(sentence.text())
                    .append(" (")
                    .append(String.join("; ", written))
                    .append(")\n\n");
        }
        return new Draft(
                layout.answer(language, body.toString()),
                List.copyOf(cited),
                Decision.ANSWER,
                chat.name(),
                "",
                Escalation.NONE);
    }

    private Draft fallBack(RetrievalResult result, String reason) {
        // The reason never holds the question: it may contain personal data.
        log.warn("LLM draft not used, extractive fallback: {}", reason);
        Draft fallback = extractive.draft(result);
        return new Draft(
                fallback.text(),
                fallback.citations(),
                fallback.decision(),
                FALLBACK_NAME,
                reason,
                fallback.escalation(),
                fallback.notes());
    }
}
