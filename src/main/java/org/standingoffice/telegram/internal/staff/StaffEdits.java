package org.standingoffice.telegram.internal.staff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;

/** Answers staff rewrote in the group, kept while their preview waits for Send or Cancel. */
@Component
@ConditionalOnTelegram
class StaffEdits {

    record Edit(long id, long questionId, long chatId, Integer cardMessageId, long userId, String text) {}

    private final JdbcClient jdbc;

    StaffEdits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(long questionId, long chatId, Integer cardMessageId, long userId, String text, Instant now) {
        jdbc.sql("""
                        insert into telegram_staff_edit (question_id, chat_id, card_message_id, user_id, text, status,
                            created_at)
                        values (?, ?, ?, ?, ?, 'PENDING', ?)""")
                .params(questionId, chatId, cardMessageId, userId, text, Timestamp.from(now))
                .update();
        return jdbc.sql(
                        "select max(id) from telegram_staff_edit where question_id = ? and user_id = ? and status = 'PENDING'")
                .params(questionId, userId)
                .query(Long.class)
                .single();
    }

    /** The edit, if it still waits; taking it makes a second press of its button find nothing. */
    Optional<Edit> take(long id, String outcome) {
        int taken = jdbc.sql("update telegram_staff_edit set status = ? where id = ? and status = 'PENDING'")
                .params(outcome, id)
                .update();
        if (taken == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select * from telegram_staff_edit where id = ?")
                .params(id)
                .query((row, index) -> new Edit(
                        row.getLong("id"),
                        row.getLong("question_id"),
                        row.getLong("chat_id"),
                        row.getObject("card_message_id", Integer.class),
                        row.getLong("user_id"),
                        row.getString("text")))
                .optional();
    }

    void giveBack(long id) {
        jdbc.sql("update telegram_staff_edit set status = 'PENDING' where id = ?")
                .params(id)
                .update();
    }
}
