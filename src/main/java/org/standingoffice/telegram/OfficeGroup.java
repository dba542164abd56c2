package org.standingoffice.telegram;

import java.time.Instant;

/**
 * An office's own Telegram staff group.
 *
 * @param title the group's title as Telegram gave it when the group was set
 */
public record OfficeGroup(String officeId, long chatId, String title, String setBy, Instant setAt) {}
