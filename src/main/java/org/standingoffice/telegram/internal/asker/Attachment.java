package org.standingoffice.telegram.internal.asker;

/**
 * A photo or document sent with a question. The file stays on Telegram's servers: the bot refers
 * to it by {@code fileId} and copies the message to the staff group.
 *
 * @param kind {@code photo} or {@code document}
 */
public record Attachment(
        String kind,
        String fileId,
        String fileUniqueId,
        String fileName,
        String mimeType,
        Long fileSize,
        long chatId,
        int messageId) {}
