package org.standingoffice.telegram;

import java.time.Instant;

/**
 * A one-time code to send to the bot as {@code /link CODE}, shown to its account once.
 *
 * @param code eight letters and digits without look-alikes (no 0/O, 1/I); case does not matter
 * @param botUsername the bot's user name to send it to, or {@code null} while it is unknown (the
 *     channel is off and {@code office.telegram.bot-username} is not set)
 */
public record TelegramLinkCode(String code, Instant expiresAt, String botUsername) {

    @Override
    public String toString() {
        return "TelegramLinkCode[expiresAt=" + expiresAt + "]";
    }
}
