package org.standingoffice.telegram.internal.asker;

/**
 * An official in a private chat with the bot.
 *
 * @param pendingCommune what they last answered while registration waits, read again with their
 *     next answer ("Ba Đình", then "Hà Nội")
 * @param registrationTries answers to the place question that named no unit
 * @param languageChosen the official picked {@code language} with /language (see {@link AskerLanguage})
 */
public record Asker(
        long chatId,
        String displayName,
        String username,
        String language,
        State state,
        String commune,
        String province,
        String officeId,
        String pendingCommune,
        int registrationTries,
        boolean languageChosen) {

    enum State {
        /** Not registered; in open mode nothing asked yet. */
        NEW,
        /** Asked for commune and province. */
        AWAITING_COMMUNE,
        /** Asked for the province of the commune given (before place answers were read in one line). */
        AWAITING_PROVINCE,
        REGISTERED
    }

    public boolean awaitingPlace() {
        return state == State.AWAITING_COMMUNE || state == State.AWAITING_PROVINCE;
    }

    /** Registered, but the place was never recognised: staff see it as not given. */
    public boolean placeless() {
        return registered() && commune == null;
    }

    boolean registered() {
        return state == State.REGISTERED;
    }

    /** This asker as written to in {@code other}. */
    Asker speaking(String other) {
        return new Asker(
                chatId,
                displayName,
                username,
                other,
                state,
                commune,
                province,
                officeId,
                pendingCommune,
                registrationTries,
                languageChosen);
    }

    String ref() {
        return Long.toString(chatId);
    }
}
