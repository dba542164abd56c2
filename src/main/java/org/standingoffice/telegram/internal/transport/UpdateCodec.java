package org.standingoffice.telegram.internal.transport;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Update JSON in and out. TelegramBots' types carry Jackson 2 annotations, so they are read and
 * written with a Jackson 2 mapper of our own, kept out of the application context where Spring's
 * Jackson 3 mapper serves the web layer.
 */
@Component
@ConditionalOnTelegram
public class UpdateCodec {

    private final ObjectMapper mapper =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    ObjectMapper mapper() {
        return mapper;
    }

    public String write(Update update) {
        try {
            return mapper.writeValueAsString(update);
        } catch (IOException e) {
            throw new IllegalArgumentException("update " + update.getUpdateId() + " cannot be written", e);
        }
    }

    public Update read(String json) {
        try {
            return mapper.readValue(json, Update.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not an update: " + e.getMessage(), e);
        }
    }

    public Update read(byte[] json) {
        try {
            return mapper.readValue(json, Update.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not an update: " + e.getMessage(), e);
        }
    }

    /** The chat an update belongs to: updates of one chat are handled in order. */
    public static Long chatOf(Update update) {
        if (update.getMessage() != null) {
            return update.getMessage().getChatId();
        }
        if (update.getEditedMessage() != null) {
            return update.getEditedMessage().getChatId();
        }
        if (update.getCallbackQuery() != null) {
            var query = update.getCallbackQuery();
            if (query.getMessage() != null) {
                return query.getMessage().getChatId();
            }
            return query.getFrom() == null ? null : query.getFrom().getId();
        }
        return null;
    }
}
