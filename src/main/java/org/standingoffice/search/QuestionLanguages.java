package org.standingoffice.search;

/**
 * Tells which language a question is written in, the way retrieval reads it, so that a channel can
 * answer the asker in that language from its first reply on.
 */
public interface QuestionLanguages {

    /**
     * ISO 639-1 code ("vi", "en", "sv") of the language {@code text} is written in. Vietnamese typed
     * without diacritics is Vietnamese; text nothing can be told from (numbers, codes) is English when
     * plain ASCII, else Vietnamese.
     */
    String detect(String text);
}
