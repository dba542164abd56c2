package org.standingoffice.telegram;

import java.time.Instant;

/**
 * An invitation to ask questions through the bot.
 *
 * @param code the {@code /start} payload
 * @param link {@code https://t.me/<bot>?start=<code>}, or {@code null} while the bot's user name is
 *     unknown (the channel is off and {@code office.telegram.bot-username} is not set)
 * @param commune the commune after the July 2025 merger, as resolved when the invitation was created
 */
public record TelegramInvite(
        String code,
        String link,
        String office,
        String commune,
        String province,
        int maxUses,
        int uses,
        Instant expiresAt,
        boolean revoked,
        String createdBy,
        Instant createdAt) {

    public boolean usable(Instant now) {
        return !revoked && uses < maxUses && now.isBefore(expiresAt);
    }
}
