package org.standingoffice.telegram;

import java.time.Instant;

/**
 * A Telegram update that could not be read, stored or handled and waits for an administrator.
 *
 * @param chatId empty when the update could not be read far enough to know its chat
 * @param attempts how often handling it was tried (0: set aside when it arrived)
 * @param detail the technical reason, for whoever investigates
 * @param excerpt the start of the update as it arrived (at most 2,000 characters)
 */
public record SetAsideUpdate(
        long updateId, Long chatId, Instant receivedAt, int attempts, String detail, String excerpt) {}
