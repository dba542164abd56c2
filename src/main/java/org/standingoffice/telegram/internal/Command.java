package org.standingoffice.telegram.internal;

import java.util.Locale;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * A bot command as typed: {@code /status 12}, or {@code /status@office_bot 12} in a chat with
 * several bots.
 *
 * @param name lower-case, without the slash and the bot's name
 * @param argument the rest of the message, stripped; empty when there is none
 */
public record Command(String name, String argument) {

    public static Optional<Command> of(Message message) {
        if (!message.hasText() || !message.getText().startsWith("/")) {
            return Optional.empty();
        }
        String[] words = message.getText().strip().split("\\s+", 2);
        String name = words[0].substring(1).toLowerCase(Locale.ROOT);
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        return Optional.of(new Command(name, words.length > 1 ? words[1].strip() : ""));
    }

    boolean is(String command) {
        return name.equals(command);
    }
}
