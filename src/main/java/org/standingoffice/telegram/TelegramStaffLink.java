package org.standingoffice.telegram;

import java.time.Instant;

/** A console account's Telegram user, and since when it is linked. */
public record TelegramStaffLink(long telegramUserId, Instant linkedAt) {}
