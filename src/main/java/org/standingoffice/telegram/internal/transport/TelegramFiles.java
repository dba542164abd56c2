package org.standingoffice.telegram.internal.transport;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeTypeUtils;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.telegram.AttachmentContent;
import org.standingoffice.telegram.AttachmentUnavailable;
import org.standingoffice.telegram.AttachmentUnavailable.Reason;
import org.standingoffice.telegram.QuestionAttachment;
import org.standingoffice.telegram.QuestionAttachments;

/**
 * Attachments as the channel stored them, opened through the Bot API when there is one. Listing
 * needs only the table, which exists whether or not the channel is on.
 */
@Service
class TelegramFiles implements QuestionAttachments {

    private static final Logger log = LoggerFactory.getLogger(TelegramFiles.class);

    /** Characters of a file name: Vietnamese ones take up to 3 bytes, file systems allow 255. */
    private static final int MAX_NAME = 80;

    /** The id and what was sent, the same for listing and opening. */
    private record Stored(QuestionAttachment attachment, String fileId) {}

    private final JdbcClient jdbc;
    private final ObjectProvider<BotApi> bot;

    TelegramFiles(JdbcClient jdbc, ObjectProvider<BotApi> bot) {
        this.jdbc = jdbc;
        this.bot = bot;
    }

    @Override
    public List<QuestionAttachment> of(QuestionId question) {
        return jdbc
                .sql("select * from telegram_attachment where question_id = ? order by id")
                .params(question.value())
                .query(this::stored)
                .list()
                .stream()
                .map(Stored::attachment)
                .toList();
    }

    @Override
    public Optional<AttachmentContent> open(QuestionId question, long attachmentId) {
        Optional<Stored> found = jdbc.sql("select * from telegram_attachment where id = ? and question_id = ?")
                .params(attachmentId, question.value())
                .query(this::stored)
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        QuestionAttachment attachment = found.get().attachment();
        if (!attachment.downloadable()) {
            throw new AttachmentUnavailable(question, attachmentId, attachment.unavailable(), null);
        }
        try {
            BotApi.Download download = bot.getObject().download(found.get().fileId());
            return Optional.of(new AttachmentContent(
                    download.content(), mimeType(attachment), fileName(attachment), download.length()));
        } catch (BotApiFailure e) {
            log.warn(
                    "Attachment {} of question {} not received from Telegram: {}",
                    attachmentId,
                    question,
                    e.getMessage());
            Reason reason = e.fileTooBig()
                    ? Reason.TOO_LARGE
                    : e.kind() == BotApiFailure.Kind.PERMANENT ? Reason.REFUSED : Reason.TRY_LATER;
            throw new AttachmentUnavailable(question, attachmentId, reason, e);
        }
    }

    private Stored stored(ResultSet row, int index) throws SQLException {
        Long size = row.getObject("file_size", Long.class);
        Reason unavailable = bot.getIfAvailable() == null
                ? Reason.CHANNEL_OFF
                : size != null && size > DOWNLOAD_LIMIT ? Reason.TOO_LARGE : null;
        QuestionAttachment attachment = new QuestionAttachment(
                row.getLong("id"),
                "photo".equals(row.getString("kind"))
                        ? QuestionAttachment.Kind.PHOTO
                        : QuestionAttachment.Kind.DOCUMENT,
                row.getString("file_name"),
                row.getString("mime_type"),
                size,
                row.getTimestamp("created_at").toInstant(),
                unavailable);
        return new Stored(attachment, row.getString("file_id"));
    }

    /** Whatever the official's app declared, as long as it is a MIME type at all. */
    private static String mimeType(QuestionAttachment attachment) {
        if (attachment.kind() == QuestionAttachment.Kind.PHOTO) {
            return MimeTypeUtils.IMAGE_JPEG_VALUE; // Telegram re-encodes every photo as JPEG
        }
        if (attachment.mimeType() == null) {
            return MimeTypeUtils.APPLICATION_OCTET_STREAM_VALUE;
        }
        try {
            return MimeTypeUtils.parseMimeType(attachment.mimeType()).toString();
        } catch (InvalidMimeTypeException e) {
            return MimeTypeUtils.APPLICATION_OCTET_STREAM_VALUE;
        }
    }

    /**
     * The sent name is whatever the official's app says. What a browser could take for a folder
     * or a line break goes, and so do invisible characters, which can disguise an extension
     * (a right-to-left override shows {@code cod.exe} as {@code exe.doc}).
     */
    static String fileName(QuestionAttachment attachment) {
        String name = attachment.fileName() == null
                ? ""
                : attachment
                        .fileName()
                        .replaceAll("[\\p{C}\\p{Zl}\\p{Zp}/\\\\]", "_")
                        .strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.' || c == '_')) {
            return attachment.kind() == QuestionAttachment.Kind.PHOTO
                    ? "photo-" + attachment.id() + ".jpg"
                    : "document-" + attachment.id();
        }
        // Long names lose their beginning, not the extension.
        int excess = name.codePointCount(0, name.length()) - MAX_NAME;
        return excess > 0 ? name.substring(name.offsetByCodePoints(0, excess)) : name;
    }
}
