package org.standingoffice.telegram.internal.transport;

import org.springframework.stereotype.Component;
import org.standingoffice.telegram.TelegramProperties;

/** The bot's user name, for invitation links: configured, or learnt from Telegram at start. */
@Component
public class BotIdentity {

    private volatile String username;

    public BotIdentity(TelegramProperties properties) {
        this.username = blankToNull(properties.botUsername());
    }

    public String username() {
        return username;
    }

    void learnt(String name) {
        if (username == null) {
            username = blankToNull(name);
        }
    }

    private static String blankToNull(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.strip().startsWith("@") ? name.strip().substring(1) : name.strip();
    }
}
