package org.standingoffice.search;

import org.standingoffice.knowledge.Glossary;
import org.standingoffice.search.internal.AnswerSpans;

/**
 * The kind of answer a question asks for, read from its question words in Vietnamese (with or
 * without diacritics), English and Swedish. A passage that lacks the kind asked for rarely
 * answers: "until when" needs a date or period, "which body" a named body.
 */
public enum AnswerType {
    /** When, until when, by which date, how often: needs a date, month, year or period. */
    DATE,
    /** On what date, which day: needs a day of a month ("1 August", "the 25th", "16/5"), not a month or a year. */
    DAY,
    /** Who, which body or ministry: needs a named body or office. */
    BODY,
    /** How many, how much: needs a number (in digits or words). */
    NUMBER,
    /** How much money (an allowance, a salary, a budget, a fee): needs a sum of money or a rate. */
    AMOUNT,
    /** At what age, how old: needs an age in years. */
    AGE,
    /** Opening or working hours, at what time of day: needs a time of day. */
    TIME,
    /**
     * Where: needs a place ("in Hanoi", "tại trụ sở", "venue"). "Ở đâu" over a passage that names
     * none is the near-miss that shares every other word ("where are the monthly meetings held").
     */
    PLACE,
    /** May, is it allowed: needs no particular kind of text; any passage may answer yes or no. */
    PERMISSION,
    /** Anything else (what, how, why): no particular kind of text required. */
    OTHER;

    /**
     * Whether {@code text} (a passage or one sentence) carries this kind of answer. Named bodies
     * are recognised from the glossary's institutions and from capitalised names of bodies
     * ("Ministry of Home Affairs", "Ban Tổ chức Trung ương"). {@link #PERMISSION} and {@link
     * #OTHER} are carried by any non-blank text.
     */
    public boolean carriedBy(String text, Glossary glossary) {
        return AnswerSpans.carries(this, text, glossary);
    }

    /** {@link #carriedBy(String, Glossary)} with the capitalised-name rule only, no glossary. */
    public boolean carriedBy(String text) {
        return carriedBy(text, Glossary.empty());
    }
}
