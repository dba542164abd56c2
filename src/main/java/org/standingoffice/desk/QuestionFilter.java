package org.standingoffice.desk;

/**
 * Which questions to list; {@code null} fields do not filter.
 *
 * @param askerRef with {@code channel}, only that asker's questions
 */
public record QuestionFilter(QuestionStatus status, String office, String channel, String askerRef) {

    public static QuestionFilter all() {
        return new QuestionFilter(null, null, null, null);
    }
}
