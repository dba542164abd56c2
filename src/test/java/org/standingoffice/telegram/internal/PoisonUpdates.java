package org.standingoffice.telegram.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The hostile updates of issue 15 that once stopped intake: an entity beyond its text, odd
 * structures, a 200,000-character text. Each is a real JSON object Telegram (or someone posting to
 * the webhook) could send; none has an id assigned, so the stub or the test assigns one.
 */
final class PoisonUpdates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PoisonUpdates() {}

    /** {@code /status 1} whose command entity starts at offset 5000. */
    static ObjectNode entityBeyondText(long chat) {
        ObjectNode update = Updates.text(chat, 41, "/status 1");
        ObjectNode entity =
                ((ObjectNode) update.get("message")).putArray("entities").addObject();
        entity.put("type", "bot_command");
        entity.put("offset", 5000);
        entity.put("length", 7);
        return update;
    }

    /** A message of 200,000 characters. */
    static ObjectNode hugeText(long chat) {
        return Updates.text(chat, 42, "a".repeat(200_000));
    }

    /** Updates whose fields have the wrong shape. */
    static List<ObjectNode> oddStructures(long chat) {
        ObjectNode messageIsText = JSON.createObjectNode();
        messageIsText.put("message", "not an object");

        ObjectNode chatIsArray = Updates.text(chat, 43, "hello");
        ((ObjectNode) chatIsArray.get("message")).putArray("chat").add(1);

        ObjectNode dateIsText = Updates.text(chat, 44, "hello");
        ((ObjectNode) dateIsText.get("message")).put("date", "yesterday");

        ObjectNode negativeEntity = Updates.text(chat, 45, "/help");
        ObjectNode entity = ((ObjectNode) negativeEntity.get("message"))
                .putArray("entities")
                .addObject();
        entity.put("type", "bot_command");
        entity.put("offset", -3);
        entity.put("length", 99);

        ObjectNode entitiesIsObject = Updates.text(chat, 46, "/help");
        ((ObjectNode) entitiesIsObject.get("message")).putObject("entities").put("type", "bold");

        return List.of(messageIsText, chatIsArray, dateIsText, negativeEntity, entitiesIsObject);
    }
}
