package org.standingoffice.telegram;

/** Telegram says the bot cannot use this chat as a staff group. */
public class UnreachableGroup extends IllegalArgumentException {

    /** Why, for the administrator's message. */
    public enum Reason {
        /** The chat does not exist or the bot is not in it. */
        NOT_VISIBLE,
        /** A private chat or a channel: staff cannot press buttons together there. */
        NOT_A_GROUP,
        /** Already the staff group of another office. */
        TAKEN,
        /** Telegram could not be asked just now. */
        TELEGRAM_UNAVAILABLE
    }

    private final Reason reason;
    private final long chatId;

    public UnreachableGroup(Reason reason, long chatId, String detail) {
        super("chat " + chatId + " cannot be a staff group: " + reason + (detail == null ? "" : " (" + detail + ")"));
        this.reason = reason;
        this.chatId = chatId;
    }

    public Reason reason() {
        return reason;
    }

    public long chatId() {
        return chatId;
    }
}
