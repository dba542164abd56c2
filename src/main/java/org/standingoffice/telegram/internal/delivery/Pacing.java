package org.standingoffice.telegram.internal.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import org.standingoffice.telegram.TelegramProperties;

/**
 * Telegram's sending limits, kept before Telegram has to enforce them with a 429: a sliding
 * one-second window for the overall rate (a token bucket would allow twice the rate across the
 * edge of a burst), and per chat the earliest time the next message may go (private chats and
 * groups have different limits; a 429's {@code retry_after} pushes that time further).
 *
 * <p>The limits hold per instance. Several instances behind a load balancer share Telegram's
 * budget, so each should be given its share of {@code per-second}.
 */
class Pacing {

    private final int perSecond;
    private final Duration privateChatInterval;
    private final Duration groupChatInterval;
    private final Cache<Long, Instant> nextAllowed;

    /** When the messages of the last second went, oldest first. */
    private final ArrayDeque<Instant> lastSecond = new ArrayDeque<>();

    Pacing(TelegramProperties.Delivery delivery) {
        this.perSecond = delivery.perSecond();
        this.privateChatInterval = delivery.privateChatInterval();
        this.groupChatInterval = delivery.groupChatInterval();
        // Long enough to outlive any pause a 429 asks for; a chat idle for longer may send at once.
        this.nextAllowed =
                Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(1)).build();
    }

    /**
     * Takes a slot for one message to {@code chatId} if the chat and the overall rate allow it now.
     */
    synchronized boolean tryAcquire(long chatId, Instant now) {
        Instant allowed = nextAllowed.getIfPresent(chatId);
        if (allowed != null && allowed.isAfter(now)) {
            return false;
        }
        if (!hasRoom(now)) {
            return false;
        }
        lastSecond.addLast(now);
        nextAllowed.put(chatId, now.plus(isGroup(chatId) ? groupChatInterval : privateChatInterval));
        return true;
    }

    /** Whether the overall rate has room for another message now. */
    synchronized boolean hasRoom(Instant now) {
        Instant windowStart = now.minusSeconds(1);
        while (!lastSecond.isEmpty() && !lastSecond.peekFirst().isAfter(windowStart)) {
            lastSecond.removeFirst();
        }
        return lastSecond.size() < perSecond;
    }

    /** Nothing goes to {@code chatId} before {@code until} (Telegram said so with a 429). */
    synchronized void pause(long chatId, Instant until) {
        Instant allowed = nextAllowed.getIfPresent(chatId);
        if (allowed == null || allowed.isBefore(until)) {
            nextAllowed.put(chatId, until);
        }
    }

    /** Groups, supergroups and channels have negative ids; users' private chats positive ones. */
    static boolean isGroup(long chatId) {
        return chatId < 0;
    }
}
