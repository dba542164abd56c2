package org.standingoffice.telegram.internal.transport;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.standingoffice.telegram.SetAsideUpdate;
import org.standingoffice.telegram.internal.delivery.Outbox;

/**
 * Received updates by Telegram's {@code update_id}. An update is stored before Telegram is told
 * it arrived (the next poll's offset, or the webhook's 200), and stored once: a repeat after a
 * restart or a webhook retry finds its id taken and is dropped. Present with the channel off too,
 * so administrators still see the updates a previous run set aside.
 */
@Component
public class Inbox {

    record Pending(long updateId, Long chatId) {}

    private final JdbcClient jdbc;

    public Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the update is new; false for a repeat. */
    public boolean store(long updateId, Long chatId, String payload, Instant now) {
        return jdbc.sql("""
                                insert into telegram_update (update_id, chat_id, payload, status, received_at)
                                values (?, ?, ?, 'PENDING', ?)
                                on conflict do nothing""")
                        .params(updateId, chatId, payload, Timestamp.from(now))
                        .update()
                == 1;
    }

    /** Takes a pending update for handling and returns it; empty when it is handled or taken. */
    public Optional<String> claim(long updateId, Instant now) {
        int claimed = jdbc.sql(
                        "update telegram_update set status = 'PROCESSING', claimed_at = ?, attempts = attempts + 1"
                                + " where update_id = ? and status = 'PENDING'")
                .params(Timestamp.from(now), updateId)
                .update();
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select payload from telegram_update where update_id = ?")
                .params(updateId)
                .query(String.class)
                .optional();
    }

    public void done(long updateId, Instant now) {
        jdbc.sql("update telegram_update set status = 'DONE', processed_at = ?, last_error = null where update_id = ?")
                .params(Timestamp.from(now), updateId)
                .update();
    }

    /** Records a failed attempt; the update is tried again, or set aside after too many. */
    public boolean failed(long updateId, String error, int maxAttempts, Instant now) {
        jdbc.sql("""
                        update telegram_update
                        set status = case when attempts >= ? then 'FAILED' else 'PENDING' end,
                            processed_at = ?, last_error = ?
                        where update_id = ?""")
                .params(maxAttempts, Timestamp.from(now), Outbox.abbreviate(error), updateId)
                .update();
        return "FAILED".equals(status(updateId));
    }

    String status(long updateId) {
        return jdbc.sql("select status from telegram_update where update_id = ?")
                .params(updateId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    List<Pending> pending(int limit) {
        return jdbc.sql("select update_id, chat_id from telegram_update where status = 'PENDING' order by update_id"
                        + " fetch first " + limit + " rows only")
                .query((row, index) -> new Pending(row.getLong("update_id"), row.getObject("chat_id", Long.class)))
                .list();
    }

    /**
     * Records an update that cannot be read or stored as it is — unparseable, too large, or
     * refused by the database — as set aside (status {@code FAILED}) with the given excerpt of its
     * text, so Telegram is told it arrived and intake goes on. A repeat is ignored.
     */
    void setAside(long updateId, Long chatId, String excerpt, String reason, Instant now) {
        jdbc.sql("""
                        insert into telegram_update
                            (update_id, chat_id, payload, status, attempts, received_at, processed_at, last_error)
                        values (?, ?, ?, 'FAILED', 0, ?, ?, ?)
                        on conflict do nothing""")
                .params(updateId, chatId, excerpt, Timestamp.from(now), Timestamp.from(now), Outbox.abbreviate(reason))
                .update();
    }

    /** The newest updates set aside, for an administrator. */
    List<SetAsideUpdate> setAside(int limit) {
        return jdbc.sql("select update_id, chat_id, received_at, attempts, last_error, payload from telegram_update"
                        + " where status = 'FAILED' order by update_id desc fetch first " + limit + " rows only")
                .query((row, index) -> new SetAsideUpdate(
                        row.getLong("update_id"),
                        row.getObject("chat_id", Long.class),
                        row.getTimestamp("received_at").toInstant(),
                        row.getInt("attempts"),
                        row.getString("last_error"),
                        UpdateReader.excerpt(row.getString("payload"))))
                .list();
    }

    /** An administrator looked at a set-aside update and let it go; purged with the handled ones. */
    boolean dismiss(long updateId) {
        return jdbc.sql("update telegram_update set status = 'DISMISSED' where update_id = ? and status = 'FAILED'")
                        .params(updateId)
                        .update()
                == 1;
    }

    /** An administrator asks for a set-aside update to be handled again from the start. */
    boolean retry(long updateId) {
        return jdbc.sql("update telegram_update set status = 'PENDING', attempts = 0"
                                + " where update_id = ? and status = 'FAILED'")
                        .params(updateId)
                        .update()
                == 1;
    }

    /** Updates set aside and not yet dismissed by an administrator. */
    long setAsideCount() {
        return jdbc.sql("select count(*) from telegram_update where status = 'FAILED'")
                .query(Long.class)
                .single();
    }

    /** Updates whose handler stopped while handling them go back to pending. */
    int releaseStale(Instant claimedBefore) {
        return jdbc.sql("update telegram_update set status = 'PENDING' where status = 'PROCESSING' and claimed_at < ?")
                .params(Timestamp.from(claimedBefore))
                .update();
    }

    /**
     * At start, updates that were being handled when the service stopped go back to pending at
     * once instead of waiting out the lease: with one polling instance nobody else can hold them.
     */
    int releaseAllInProgress() {
        return jdbc.sql("update telegram_update set status = 'PENDING' where status = 'PROCESSING'")
                .update();
    }

    /** Forgets handled updates older than the window in which Telegram could send them again. */
    public int purge(Instant before) {
        return jdbc.sql(
                        "delete from telegram_update where status in ('DONE', 'FAILED', 'DISMISSED') and received_at < ?")
                .params(Timestamp.from(before))
                .update();
    }
}
