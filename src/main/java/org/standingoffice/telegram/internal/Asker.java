package org.standingoffice.telegram.internal;

/**
 * An official in a private chat with the bot.
 *
 * @param pendingCommune the commune they gave while registration waits for the province
 */
record Asker(
        long chatId,
        String displayName,
        String username,
        String language,
        State state,
        String commune,
        String province,
        String officeId,
        String pendingCommune) {

    enum State {
        /** Not registered; in open mode nothing asked yet. */
        NEW,
        AWAITING_COMMUNE,
        AWAITING_PROVINCE,
        REGISTERED
    }

    boolean registered() {
        return state == State.REGISTERED;
    }

    String ref() {
        return Long.toString(chatId);
    }
}
