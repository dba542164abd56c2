package org.standingoffice.telegram;

import java.util.List;

/**
 * Telegram updates set aside instead of handled — poison updates — for an administrator to look
 * at, dismiss, or have handled again. While any waits, health reports the Telegram inbox
 * {@code DEGRADED}; intake goes on regardless.
 */
public interface SetAsideUpdates {

    /** The newest first, at most {@code limit}. */
    List<SetAsideUpdate> list(int limit);

    /** Lets it go; false when it no longer waits. */
    boolean dismiss(long updateId);

    /** Hands it to the workers again with a fresh count of attempts; false when it no longer waits. */
    boolean retry(long updateId);
}
