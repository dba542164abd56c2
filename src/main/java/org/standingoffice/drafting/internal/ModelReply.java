package org.standingoffice.drafting.internal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The structured reply the prompts ask the model for. Parsing is strict: a missing or mistyped
 * field makes the whole reply malformed rather than half-read.
 *
 * @param needsHuman the model's own judgement that the passages do not answer the question
 */
record ModelReply(List<Sentence> sentences, boolean needsHuman, String reason) {

    /**
     * One answer sentence.
     *
     * @param passageIds the labels of the passages it relies on (P1, P2…)
     * @param quote words copied verbatim from one of those passages
     */
    record Sentence(String text, List<String> passageIds, String quote) {}

    /** The reply was not the JSON object the prompt asks for. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static ModelReply parse(String raw) throws Malformed {
        if (raw == null || raw.isBlank()) {
            throw new Malformed("empty reply");
        }
        JsonNode root;
        try {
            root = JSON.readTree(withoutCodeFence(raw.strip()));
        } catch (JacksonException e) {
            throw new Malformed("reply is not JSON");
        }
        if (!root.isObject()) {
            throw new Malformed("reply is not a JSON object");
        }
        JsonNode needsHuman = root.path("needs_human");
        JsonNode sentences = root.path("sentences");
        if (!needsHuman.isBoolean() || !sentences.isArray()) {
            throw new Malformed("reply lacks needs_human or sentences");
        }
        List<Sentence> parsed = new ArrayList<>();
        for (JsonNode sentence : sentences) {
            JsonNode ids = sentence.path("passage_ids");
            if (!sentence.path("text").isString() || !sentence.path("quote").isString() || !ids.isArray()) {
                throw new Malformed("a sentence lacks text, passage_ids or quote");
            }
            List<String> passageIds = new ArrayList<>();
            for (JsonNode id : ids) {
                if (!id.isString()) {
                    throw new Malformed("a passage id is not a string");
                }
                passageIds.add(id.asString().strip());
            }
            parsed.add(new Sentence(
                    sentence.path("text").asString().strip(),
                    passageIds,
                    sentence.path("quote").asString().strip()));
        }
        return new ModelReply(
                List.copyOf(parsed), needsHuman.asBoolean(), root.path("reason").asString(""));
    }

    /** Local models often wrap JSON in a Markdown code fence despite being told not to. */
    private static String withoutCodeFence(String text) {
        if (text.startsWith("```") && text.endsWith("```") && text.length() > 6) {
            String inner = text.substring(3, text.length() - 3);
            return inner.startsWith("json") ? inner.substring(4) : inner;
        }
        return text;
    }
}
