package org.standingoffice.telegram.internal.asker;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;

/** Which Telegram message asked which question, and the files sent with it. */
@Component
@ConditionalOnTelegram
public class Tickets {

    private final JdbcClient jdbc;

    Tickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void link(QuestionId question, long chatId, int messageId, Instant now) {
        jdbc.sql("""
                        insert into telegram_question (question_id, chat_id, message_id, created_at)
                        values (?, ?, ?, ?)
                        on conflict do nothing""")
                .params(question.value(), chatId, messageId, Timestamp.from(now))
                .update();
    }

    /** The message that asked the question, for the answer to reply to. */
    Optional<Integer> messageOf(QuestionId question) {
        return jdbc.sql("select message_id from telegram_question where question_id = ?")
                .params(question.value())
                .query(Integer.class)
                .optional();
    }

    Optional<QuestionId> questionOf(long chatId, int messageId) {
        return jdbc.sql("select question_id from telegram_question where chat_id = ? and message_id = ?")
                .params(chatId, messageId)
                .query(Long.class)
                .optional()
                .map(QuestionId::new);
    }

    public void attach(QuestionId question, Long heldId, Attachment file, Instant now) {
        jdbc.sql("""
                        insert into telegram_attachment (question_id, held_id, chat_id, message_id, kind, file_id,
                            file_unique_id, file_name, mime_type, file_size, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        question == null ? null : question.value(),
                        heldId,
                        file.chatId(),
                        file.messageId(),
                        file.kind(),
                        file.fileId(),
                        file.fileUniqueId(),
                        file.fileName(),
                        file.mimeType(),
                        file.fileSize(),
                        Timestamp.from(now))
                .update();
    }

    void attachHeld(long heldId, QuestionId question) {
        jdbc.sql("update telegram_attachment set question_id = ?, held_id = null where held_id = ?")
                .params(question.value(), heldId)
                .update();
    }

    public List<Attachment> attachments(QuestionId question) {
        return jdbc.sql("select * from telegram_attachment where question_id = ? order by id")
                .params(question.value())
                .query((row, index) -> new Attachment(
                        row.getString("kind"),
                        row.getString("file_id"),
                        row.getString("file_unique_id"),
                        row.getString("file_name"),
                        row.getString("mime_type"),
                        row.getObject("file_size", Long.class),
                        row.getLong("chat_id"),
                        row.getInt("message_id")))
                .list();
    }
}
