package org.standingoffice.telegram;

import java.util.List;

/**
 * Staff groups per office: the cards, due-soon reminders and overdue notices of a question go to
 * the group of the office it is routed to, or to the default staff group ({@code
 * TELEGRAM_STAFF_CHAT_ID}) when its office has none. Spreads Telegram's 20 messages a minute per
 * group over several groups. Only there while the channel is on, since setting a group asks
 * Telegram.
 */
public interface TelegramOfficeGroups {

    List<OfficeGroup> list();

    /**
     * Makes the chat the office's staff group, after asking Telegram ({@code getChat}) that the bot
     * can see it and that it is a group.
     *
     * @throws UnreachableGroup when it cannot, the chat is no group, or it serves another office
     * @throws IllegalArgumentException when the office does not exist
     */
    OfficeGroup set(String officeId, long chatId, String by);

    /** The office's cards go to the default staff group again. */
    void clear(String officeId);
}
