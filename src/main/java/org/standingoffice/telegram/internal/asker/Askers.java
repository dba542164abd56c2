package org.standingoffice.telegram.internal.asker;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;

/** Askers, their registration, and the questions held until it is complete. */
@Component
@ConditionalOnTelegram
public class Askers {

    /** A question sent before registration was complete. */
    record Held(long id, long chatId, int messageId, String text) {}

    private final JdbcClient jdbc;

    public Askers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Asker findOrCreate(long chatId, String displayName, String username, String language, Instant now) {
        jdbc.sql("""
                        insert into telegram_asker (chat_id, display_name, username, language, state, updated_at)
                        values (?, ?, ?, ?, 'NEW', ?)
                        on conflict do nothing""")
                .params(chatId, abbreviate(displayName, 200), abbreviate(username, 100), language, Timestamp.from(now))
                .update();
        return find(chatId).orElseThrow();
    }

    public Optional<Asker> find(long chatId) {
        return jdbc.sql("select * from telegram_asker where chat_id = ?")
                .params(chatId)
                .query(Askers::asker)
                .optional();
    }

    public String language(long chatId, String fallback) {
        return find(chatId).map(Asker::language).orElse(fallback);
    }

    void state(long chatId, Asker.State state, String pendingCommune, Instant now) {
        jdbc.sql("update telegram_asker set state = ?, pending_commune = ?, updated_at = ? where chat_id = ?")
                .params(state.name(), abbreviate(pendingCommune, 200), Timestamp.from(now), chatId)
                .update();
    }

    /** Waits for the place; {@code pending} is read again with the next answer. */
    public void awaitPlace(long chatId, String pending, int tries, Instant now) {
        jdbc.sql("""
                        update telegram_asker set state = 'AWAITING_COMMUNE', pending_commune = ?,
                            registration_tries = ?, updated_at = ?
                        where chat_id = ?""")
                .params(abbreviate(pending, 200), tries, Timestamp.from(now), chatId)
                .update();
    }

    public void register(long chatId, String commune, String province, String office, String invite, Instant now) {
        jdbc.sql("""
                        update telegram_asker set state = 'REGISTERED', commune = ?, province = ?, office_id = ?,
                            invite_code = ?, pending_commune = null, registration_tries = 0, registered_at = ?, updated_at = ?
                        where chat_id = ?""")
                .params(commune, province, office, invite, Timestamp.from(now), Timestamp.from(now), chatId)
                .update();
    }

    /** Stores the language to write in; {@code chosen} when the official picked it themselves. */
    void language(long chatId, String language, boolean chosen, Instant now) {
        jdbc.sql("update telegram_asker set language = ?, language_chosen = ?, updated_at = ? where chat_id = ?")
                .params(language, chosen, Timestamp.from(now), chatId)
                .update();
    }

    /** Keeps a question until registration completes; a repeat of the same message is ignored. */
    public void hold(long chatId, int messageId, String text, Instant now) {
        jdbc.sql("""
                        insert into telegram_held_question (chat_id, message_id, text, received_at)
                        values (?, ?, ?, ?)
                        on conflict do nothing""").params(chatId, messageId, text, Timestamp.from(now)).update();
    }

    public Optional<Held> held(long chatId, int messageId) {
        return jdbc.sql("select * from telegram_held_question where chat_id = ? and message_id = ?")
                .params(chatId, messageId)
                .query(Askers::held)
                .optional();
    }

    public List<Held> held(long chatId) {
        return jdbc.sql("select * from telegram_held_question where chat_id = ? order by id")
                .params(chatId)
                .query(Askers::held)
                .list();
    }

    boolean reviseHeld(long chatId, int messageId, String text) {
        return jdbc.sql("update telegram_held_question set text = ? where chat_id = ? and message_id = ?")
                        .params(text, chatId, messageId)
                        .update()
                == 1;
    }

    /** Deletes a held question; false when another handler released it first. */
    boolean release(long heldId) {
        return jdbc.sql("delete from telegram_held_question where id = ?")
                        .params(heldId)
                        .update()
                == 1;
    }

    int dropHeld(long chatId) {
        jdbc.sql("delete from telegram_attachment where held_id in (select id from telegram_held_question"
                        + " where chat_id = ?)")
                .params(chatId)
                .update();
        return jdbc.sql("delete from telegram_held_question where chat_id = ?")
                .params(chatId)
                .update();
    }

    private static Asker asker(ResultSet row, int index) throws SQLException {
        return new Asker(
                row.getLong("chat_id"),
                row.getString("display_name"),
                row.getString("username"),
                row.getString("language"),
                Asker.State.valueOf(row.getString("state")),
                row.getString("commune"),
                row.getString("province"),
                row.getString("office_id"),
                row.getString("pending_commune"),
                row.getInt("registration_tries"),
                row.getBoolean("language_chosen"));
    }

    private static Held held(ResultSet row, int index) throws SQLException {
        return new Held(row.getLong("id"), row.getLong("chat_id"), row.getInt("message_id"), row.getString("text"));
    }

    private static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
