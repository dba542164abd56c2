package org.standingoffice.telegram.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** Update JSON as Telegram sends it, for the stub to serve. */
final class Updates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Updates() {}

    static ObjectNode user(long id, String firstName, String username, String language) {
        ObjectNode user = JSON.createObjectNode();
        user.put("id", id);
        user.put("is_bot", false);
        user.put("first_name", firstName);
        if (username != null) {
            user.put("username", username);
        }
        if (language != null) {
            user.put("language_code", language);
        }
        return user;
    }

    static ObjectNode bot() {
        ObjectNode bot = user(BotApiStub.BOT_ID, "Standing Office", "office_test_bot", null);
        bot.put("is_bot", true);
        return bot;
    }

    static ObjectNode message(long chatId, int messageId, ObjectNode from) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", messageId);
        message.set("from", from);
        ObjectNode chat = message.putObject("chat");
        chat.put("id", chatId);
        if (chatId > 0) {
            chat.put("type", "private");
            chat.put("first_name", from.path("first_name").asText());
        } else {
            chat.put("type", "supergroup");
            chat.put("title", "Group " + chatId);
        }
        message.put("date", Instant.now().getEpochSecond());
        return message;
    }

    /** A text message from {@code userId} in its private chat (chat id = user id). */
    static ObjectNode text(long userId, int messageId, String text) {
        return text(userId, messageId, text, "en");
    }

    static ObjectNode text(long userId, int messageId, String text, String language) {
        return text(user(userId, "Lan", null, language), userId, messageId, text);
    }

    /** A text message from {@code from} in {@code chatId}: its private chat, or a group. */
    static ObjectNode text(ObjectNode from, long chatId, int messageId, String text) {
        ObjectNode message = message(chatId, messageId, from);
        message.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ');
            ObjectNode entity = message.putArray("entities").addObject();
            entity.put("type", "bot_command");
            entity.put("offset", 0);
            entity.put("length", end < 0 ? text.length() : end);
        }
        return wrap("message", message);
    }

    /** A document sent in its private chat by {@code userId}, with {@code caption} unless null. */
    static ObjectNode document(
            long userId, int messageId, String caption, String fileId, String fileName, String mimeType, long size) {
        ObjectNode message = message(userId, messageId, user(userId, "Lan", null, "en"));
        if (caption != null) {
            message.put("caption", caption);
        }
        message.putObject("document")
                .put("file_id", fileId)
                .put("file_unique_id", "u-" + fileId)
                .put("file_name", fileName)
                .put("mime_type", mimeType)
                .put("file_size", size);
        return wrap("message", message);
    }

    static ObjectNode edited(long userId, int messageId, String text) {
        ObjectNode message = message(userId, messageId, user(userId, "Lan", null, "en"));
        message.put("text", text);
        message.put("edit_date", Instant.now().getEpochSecond());
        return wrap("edited_message", message);
    }

    static ObjectNode wrap(String kind, ObjectNode content) {
        ObjectNode update = JSON.createObjectNode();
        update.set(kind, content);
        return update;
    }

    /** A press of an inline button under {@code messageId} in {@code chatId}. */
    static ObjectNode press(String id, ObjectNode from, long chatId, int messageId, String data) {
        ObjectNode query = JSON.createObjectNode();
        query.put("id", id);
        query.set("from", from);
        ObjectNode message = message(chatId, messageId, bot());
        message.put("text", "card");
        query.set("message", message);
        query.put("chat_instance", "42");
        query.put("data", data);
        return wrap("callback_query", query);
    }

    /** A staff member's reply in the staff group to the bot's message {@code repliedTo}. */
    static ObjectNode reply(long groupId, int messageId, ObjectNode from, int repliedTo, String text) {
        ObjectNode message = message(groupId, messageId, from);
        message.put("text", text);
        ObjectNode original = message(groupId, repliedTo, bot());
        original.put("text", "prompt");
        message.set("reply_to_message", original);
        return wrap("message", message);
    }
}
