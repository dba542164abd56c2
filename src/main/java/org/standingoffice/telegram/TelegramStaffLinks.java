package org.standingoffice.telegram;

import java.util.Optional;

/**
 * Links a console account to its owner's Telegram user, so that in the staff group they act as
 * that account — one name in the audit trail and the "mine" queue, and the account's role — rather
 * than as their Telegram user name. The account issues a one-time code in the console and sends
 * {@code /link CODE} to the bot in a private chat. Available whether or not the channel is on, so
 * the console page works either way.
 */
public interface TelegramStaffLinks {

    /**
     * A new code for the account, valid {@code office.telegram.link-code-validity}; its earlier
     * codes stop working. Only the code's hash is stored. The caller vouches for the account: the console issues codes only to the
     * signed-in staff member, and the staff group checks the account again on every action.
     */
    TelegramLinkCode issueCode(String username);

    /** The Telegram user the account is linked to, if any. */
    Optional<TelegramStaffLink> linkedUser(String username);

    /** The account's Telegram user acts under their Telegram name again; its unused codes are dropped. */
    void unlink(String username);
}
