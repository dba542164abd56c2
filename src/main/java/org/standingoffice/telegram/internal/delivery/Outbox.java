package org.standingoffice.telegram.internal.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;

/**
 * Everything the bot sends, in the database before it is sent: a message enqueued in the same
 * transaction as the desk action that caused it is sent if and only if that action committed, and
 * a restart resends whatever was not confirmed. Messages to one chat go out in the order they were
 * enqueued.
 */
@Component
@ConditionalOnTelegram
public class Outbox {

    static final String PENDING = "PENDING";
    static final String SENDING = "SENDING";
    public static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    /** A stored message. */
    public record Queued(
            long id, Outgoing message, boolean plain, int attempts, Integer sentMessageId, Instant enqueuedAt) {}

    private final JdbcClient jdbc;
    private volatile Runnable onEnqueued = () -> {};

    public Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void onEnqueued(Runnable wake) {
        this.onEnqueued = wake;
    }

    /** Stores the message unless one with its key exists; wakes the sender after commit. */
    public boolean enqueue(Outgoing message, Instant now) {
        if (message.text() != null && message.text().length() > 20000) {
            throw new IllegalArgumentException("message text longer than the outbox holds");
        }
        // ON CONFLICT DO NOTHING: a duplicate key must not abort the surrounding transaction, as a
        // caught unique violation would on PostgreSQL. H2 understands it in PostgreSQL mode.
        int inserted = jdbc.sql("""
                        insert into telegram_outbox (dedup_key, chat_id, method, kind, question_id, part, parts,
                            text, reply_to, target_message_id, source_chat_id, keyboard, force_reply, context,
                            status, next_attempt_at, created_at)
                        values (:key, :chat, :method, :kind, :question, :part, :parts, :text, :replyTo, :target,
                            :source, :keyboard, :forceReply, :context, 'PENDING', :now, :now)
                        on conflict do nothing""")
                .param("key", message.key())
                .param("chat", message.chatId())
                .param("method", message.method().name())
                .param("kind", message.kind().name())
                .param("question", message.questionId())
                .param("part", message.part())
                .param("parts", message.parts())
                .param("text", message.text())
                .param("replyTo", message.replyTo())
                .param("target", message.targetMessageId())
                .param("source", message.sourceChatId())
                .param(
                        "keyboard",
                        message.keyboard() == null ? null : message.keyboard().encode())
                .param("forceReply", message.forceReply())
                .param("context", message.context())
                .param("now", Timestamp.from(now))
                .update();
        if (inserted == 1) {
            wakeAfterCommit();
        }
        return inserted == 1;
    }

    /**
     * The oldest pending message of each chat whose turn has come, oldest first. A later message
     * of a chat waits while an earlier one is pending or being sent, which keeps a chat's
     * messages (an acknowledgement, then the parts of the answer) in order.
     */
    public List<Queued> due(Instant now, int limit) {
        return jdbc.sql("""
                        select * from telegram_outbox o
                        where o.status = 'PENDING' and o.next_attempt_at <= :now
                          and not exists (select 1 from telegram_outbox e
                                          where e.chat_id = o.chat_id and e.id < o.id
                                            and e.status in ('PENDING', 'SENDING'))
                        order by o.id
                        fetch first %d rows only""".formatted(limit))
                .param("now", Timestamp.from(now))
                .query(Outbox::queued)
                .list();
    }

    /** Takes the message for sending; false when another sender (or instance) took it. */
    public boolean claim(long id, Instant now) {
        return jdbc.sql("update telegram_outbox set status = 'SENDING', claimed_at = ?, attempts = attempts + 1"
                                + " where id = ? and status = 'PENDING'")
                        .params(Timestamp.from(now), id)
                        .update()
                == 1;
    }

    void sent(long id, Integer messageId, Instant now) {
        jdbc.sql("update telegram_outbox set status = 'SENT', sent_message_id = ?, sent_at = ?, last_error = null"
                        + " where id = ?")
                .params(messageId, Timestamp.from(now), id)
                .update();
    }

    /**
     * Back to the queue after a failed attempt. Only while still being sent: a sender that stalled
     * past its lease must not requeue what another instance took over and sent meanwhile.
     */
    void retryAt(long id, Instant at, String error) {
        jdbc.sql("update telegram_outbox set status = 'PENDING', next_attempt_at = ?, last_error = ?"
                        + " where id = ? and status = 'SENDING'")
                .params(Timestamp.from(at), abbreviate(error), id)
                .update();
        onEnqueued.run();
    }

    /** Send it again at once without markup, after Telegram refused its HTML. */
    void retryPlain(long id, String error) {
        jdbc.sql("update telegram_outbox set status = 'PENDING', plain = true, last_error = ?"
                        + " where id = ? and status = 'SENDING'")
                .params(abbreviate(error), id)
                .update();
        onEnqueued.run();
    }

    void failed(long id, String error) {
        jdbc.sql("update telegram_outbox set status = 'FAILED', last_error = ? where id = ? and status = 'SENDING'")
                .params(abbreviate(error), id)
                .update();
    }

    /** Messages whose sender stopped while sending them go back to the queue (at least once). */
    public int releaseStale(Instant claimedBefore) {
        return jdbc.sql("update telegram_outbox set status = 'PENDING' where status = 'SENDING' and claimed_at < ?")
                .params(Timestamp.from(claimedBefore))
                .update();
    }

    /** Forgets messages sent or given up before {@code before}. */
    int purge(Instant before) {
        return jdbc.sql("delete from telegram_outbox where status in ('SENT', 'FAILED') and created_at < ?")
                .params(Timestamp.from(before))
                .update();
    }

    /** The message the bot sent as {@code messageId} in {@code chatId}, e.g. the prompt a reply answers. */
    public Optional<Queued> bySentMessage(long chatId, int messageId) {
        return jdbc.sql("select * from telegram_outbox where chat_id = ? and sent_message_id = ? and method = 'SEND'")
                .params(chatId, messageId)
                .query(Outbox::queued)
                .optional();
    }

    /**
     * Whether the question has a card in {@code chatId}, sent or on its way: an update to it is an
     * edit ({@link Outgoing#editCard}), not a second card.
     */
    public boolean hasCard(long questionId, long chatId) {
        return jdbc.sql("""
                        select count(*) from telegram_outbox
                        where question_id = ? and chat_id = ? and kind = 'CARD' and status <> 'FAILED'""").params(questionId, chatId).query(Long.class).single() > 0;
    }

    /** The message id of the question's latest card sent to {@code chatId}. */
    Optional<Integer> sentCard(long questionId, long chatId) {
        return jdbc.sql("""
                        select sent_message_id from telegram_outbox
                        where question_id = ? and chat_id = ? and kind = 'CARD' and sent_message_id is not null
                        order by id desc fetch first 1 rows only""").params(questionId, chatId).query(Integer.class).optional();
    }

    /** The message id of the latest card sent to the staff chat for a question. */
    public Optional<Integer> latestCard(long questionId) {
        return jdbc.sql("""
                        select sent_message_id from telegram_outbox
                        where question_id = ? and kind = 'CARD' and sent_message_id is not null
                        order by id desc fetch first 1 rows only""").params(questionId).query(Integer.class).optional();
    }

    long count(String status) {
        return jdbc.sql("select count(*) from telegram_outbox where status = ?")
                .params(status)
                .query(Long.class)
                .single();
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    onEnqueued.run();
                }
            });
        } else {
            onEnqueued.run();
        }
    }

    private static Queued queued(ResultSet row, int index) throws SQLException {
        Outgoing message = new Outgoing(
                row.getString("dedup_key"),
                row.getLong("chat_id"),
                Outgoing.Method.valueOf(row.getString("method")),
                Outgoing.Kind.valueOf(row.getString("kind")),
                (Long) row.getObject("question_id", Long.class),
                row.getInt("part"),
                row.getInt("parts"),
                row.getString("text"),
                row.getObject("reply_to", Integer.class),
                row.getObject("target_message_id", Integer.class),
                row.getObject("source_chat_id", Long.class),
                Keyboard.decode(row.getString("keyboard")),
                row.getBoolean("force_reply"),
                row.getString("context"));
        return new Queued(
                row.getLong("id"),
                message,
                row.getBoolean("plain"),
                row.getInt("attempts"),
                row.getObject("sent_message_id", Integer.class),
                row.getTimestamp("created_at").toInstant());
    }

    public static String abbreviate(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
