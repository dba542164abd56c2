package org.standingoffice.telegram.internal.transport;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Reads one update as Telegram sent it, within a size limit, and tells a usable update from a
 * poison one before anything else touches it. An update is usable only when it parses and can be
 * written back (TelegramBots computes an entity's text from its offset while writing, so an entity
 * beyond the text fails there, not while parsing). A poison update keeps its id when one can be
 * found, so it is set aside under that id and Telegram's offset moves past it.
 */
@Component
@ConditionalOnTelegram
class UpdateReader {

    /** How much of an unreadable update is kept for the administrator to look at. */
    static final int EXCERPT_CHARS = 2000;

    private final UpdateCodec codec;
    private final long maxBytes;
    private final JsonFactory json = new JsonFactory();

    UpdateReader(UpdateCodec codec, TelegramProperties properties) {
        this.codec = codec;
        this.maxBytes = properties.inbox().maxUpdateSize().toBytes();
    }

    /** What reading one update gave: a usable update with its stored form, or a poison one. */
    sealed interface Read {}

    record Usable(Update update, Long chatId, String payload) implements Read {}

    /** @param updateId empty when the text has no readable {@code update_id} */
    record Unreadable(Long updateId, String excerpt, String reason) implements Read {}

    /**
     * Reads a body of at most {@code max-update-size} plus one byte (the webhook reads no more). Of
     * a larger one only the first bytes are there, so its id is found when it comes first, as
     * Telegram writes it.
     */
    Read read(byte[] body) {
        if (body == null || body.length == 0) {
            return new Unreadable(null, "", "empty body");
        }
        if (body.length > maxBytes) {
            String prefix = new String(body, 0, (int) Math.min(body.length, EXCERPT_CHARS), StandardCharsets.UTF_8);
            return new Unreadable(
                    updateIdIn(body, (int) Math.min(body.length, maxBytes)),
                    prefix,
                    "too large: " + body.length + " bytes, at most " + maxBytes);
        }
        return read(new String(body, StandardCharsets.UTF_8));
    }

    Read read(String text) {
        if (text.length() > maxBytes) {
            // Already in memory whole (one update of a poll): its id may be found anywhere in it.
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return new Unreadable(
                    updateIdIn(bytes, bytes.length),
                    excerpt(text),
                    "too large: " + bytes.length + " bytes, at most " + maxBytes);
        }
        Update update;
        try {
            update = codec.read(text);
        } catch (IllegalArgumentException e) {
            return unreadable(text, firstLine(e.getMessage()));
        }
        if (update == null) {
            return unreadable(text, "not an update: null");
        }
        if (update.getUpdateId() == null) {
            return unreadable(text, "no update_id");
        }
        try {
            String payload = codec.write(update);
            return new Usable(update, UpdateCodec.chatOf(update), payload);
        } catch (RuntimeException e) {
            return new Unreadable(update.getUpdateId().longValue(), excerpt(text), "cannot be read: " + rootCause(e));
        }
    }

    private Unreadable unreadable(String text, String reason) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Unreadable(updateIdIn(bytes, bytes.length), excerpt(text), reason);
    }

    /** The top-level {@code update_id} when it can be found by scanning (which stops at the first error). */
    private Long updateIdIn(byte[] body, int length) {
        try (JsonParser parser = json.createParser(body, 0, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            JsonToken token;
            while ((token = parser.nextToken()) != null && token != JsonToken.END_OBJECT) {
                if (token == JsonToken.FIELD_NAME) {
                    boolean isId = "update_id".equals(parser.currentName());
                    JsonToken value = parser.nextToken();
                    if (isId) {
                        return value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : null;
                    }
                    parser.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    /** The stored form of an update; throws when it cannot be written (an entity beyond its text). */
    String payloadOf(Update update) {
        return codec.write(update);
    }

    static String excerpt(String text) {
        return text.length() <= EXCERPT_CHARS ? text : text.substring(0, EXCERPT_CHARS);
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + firstLine(cause.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
