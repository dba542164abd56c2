package org.standingoffice.telegram.internal.asker;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.Texts;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

/**
 * What an official's message carries besides text: a photo or a document the desk keeps with the
 * question (within the size and type limits), or content the bot does not take at all (voice,
 * stickers, locations…).
 */
@Component
@ConditionalOnTelegram
class IncomingFiles {

    private final TelegramProperties properties;
    private final Texts texts;

    IncomingFiles(TelegramProperties properties, Texts texts) {
        this.properties = properties;
        this.texts = texts;
    }

    static boolean unsupported(Message message) {
        return message.hasVoice()
                || message.hasSticker()
                || message.hasVideo()
                || message.hasVideoNote()
                || message.hasAudio()
                || message.hasAnimation()
                || message.hasLocation()
                || message.hasContact()
                || message.hasPoll()
                || message.hasDice();
    }

    static boolean hasFile(Message message) {
        return message.hasPhoto() || message.hasDocument();
    }

    /** Why the message's photo or document is not taken, in the official's language; empty if it is. */
    Optional<String> refusal(Message message, String language) {
        long cap = properties.maxAttachmentSize().toBytes();
        if (message.hasPhoto()) {
            PhotoSize largest = largest(message.getPhoto());
            if (largest.getFileSize() != null && largest.getFileSize() > cap) {
                return Optional.of(texts.get(language, "attachment.tooLarge", cap / (1024 * 1024)));
            }
            return Optional.empty();
        }
        Document document = message.getDocument();
        if (document.getFileSize() != null && document.getFileSize() > cap) {
            return Optional.of(texts.get(language, "attachment.tooLarge", cap / (1024 * 1024)));
        }
        String type = document.getMimeType() == null
                ? ""
                : document.getMimeType().toLowerCase(Locale.ROOT).strip();
        if (!properties.documentTypes().contains(type)) {
            return Optional.of(texts.get(language, "attachment.type"));
        }
        return Optional.empty();
    }

    /** The message's photo (its largest size) or document, as the desk keeps it. */
    static Attachment attachment(Message message) {
        if (message.hasPhoto()) {
            PhotoSize photo = largest(message.getPhoto());
            return new Attachment(
                    "photo",
                    photo.getFileId(),
                    photo.getFileUniqueId(),
                    null,
                    "image/jpeg",
                    photo.getFileSize() == null ? null : photo.getFileSize().longValue(),
                    message.getChatId(),
                    message.getMessageId());
        }
        Document document = message.getDocument();
        return new Attachment(
                "document",
                document.getFileId(),
                document.getFileUniqueId(),
                document.getFileName(),
                document.getMimeType(),
                document.getFileSize(),
                message.getChatId(),
                message.getMessageId());
    }

    private static PhotoSize largest(List<PhotoSize> sizes) {
        PhotoSize best = sizes.get(0);
        for (PhotoSize size : sizes) {
            long area = (long) size.getWidth() * size.getHeight();
            if (area > (long) best.getWidth() * best.getHeight()) {
                best = size;
            }
        }
        return best;
    }
}
