package org.standingoffice.telegram.internal.asker;

import java.time.Clock;
import org.standingoffice.telegram.internal.delivery.Keyboard;
import org.standingoffice.telegram.internal.delivery.Outbox;
import org.standingoffice.telegram.internal.delivery.Outgoing;

/**
 * The bot's replies to one update of an official's chat. Their outbox keys come from the update,
 * numbered in order, so that handling the update again (after a crash) enqueues nothing twice.
 */
final class Replies {

    private final long updateId;
    private final Outbox outbox;
    private final Clock clock;
    private int next;

    Replies(long updateId, Outbox outbox, Clock clock) {
        this.updateId = updateId;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The key of the next reply. */
    String key() {
        return "u:" + updateId + ":" + next++;
    }

    /** A reply to the official's message {@code messageId}. */
    void reply(long chat, int messageId, String html) {
        reply(chat, messageId, html, null);
    }

    /** A message with buttons under it ({@code null} for none), replying to {@code messageId} unless null. */
    void reply(long chat, Integer messageId, String html, Keyboard keyboard) {
        outbox.enqueue(
                Outgoing.send(key(), chat, Outgoing.Kind.REPLY, html)
                        .replyingTo(messageId)
                        .keyboard(keyboard)
                        .build(),
                clock.instant());
    }
}
