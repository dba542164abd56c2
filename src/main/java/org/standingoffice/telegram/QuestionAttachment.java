package org.standingoffice.telegram;

import java.time.Instant;

/**
 * A photo or document sent with a question.
 *
 * @param fileName as the official's Telegram app named it; {@code null} for photos
 * @param mimeType as the official's Telegram app declared it; {@code null} when it did not
 * @param size in bytes; {@code null} when Telegram did not say
 * @param unavailable why the console cannot open it, or {@code null} when it can
 */
public record QuestionAttachment(
        long id,
        Kind kind,
        String fileName,
        String mimeType,
        Long size,
        Instant receivedAt,
        AttachmentUnavailable.Reason unavailable) {

    public enum Kind {
        PHOTO,
        DOCUMENT
    }

    public boolean downloadable() {
        return unavailable == null;
    }
}
