package org.standingoffice.telegram;

import java.util.Optional;

/**
 * The names people go by in the Telegram channel, for pages that show who acted: an official by the
 * name they registered with, a staff member without a Telegram user name or a linked account by
 * their Telegram name. Available whether or not the channel is on.
 */
public interface TelegramNames {

    /**
     * The name behind a desk actor or assignee this channel made: {@code telegram:<chat>} for an
     * official, {@code tg-<user>} for a staff member; empty for any other, and for one it does not
     * know a name for.
     */
    Optional<String> nameOf(String actor);
}
