package org.standingoffice.desk;

/**
 * The person who asked, as a channel knows them: a Telegram chat, an API account. Only the asker of
 * a question may change, resolve or reopen it; to anyone else it does not exist.
 *
 * @param channel where the question came from ("telegram", "api")
 * @param ref who asked there (a chat id, a user name)
 */
public record Asker(String channel, String ref) {

    /** How the asker appears in the audit trail: {@code channel:ref}. */
    public String actorName() {
        return channel + ":" + ref;
    }
}
