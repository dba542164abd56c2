package org.standingoffice.desk;

/**
 * A question as an asker sends it.
 *
 * @param language ISO 639-1 code, or {@code null} to detect it
 * @param channel where it came from ("api", "telegram", "console")
 * @param askerRef the asker's identity in that channel (a chat id, an account), used to show
 *     askers only their own questions and to deliver the answer
 * @param office the Standing Office the asker belongs to (their account's, or the one that
 *     invited them), which then serves the question instead of the routing rules; {@code null} or
 *     an office that no longer exists routes by the rules
 */
public record NewQuestion(
        String text,
        String askerName,
        String commune,
        String province,
        String language,
        String channel,
        String askerRef,
        String office) {}
