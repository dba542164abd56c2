package org.standingoffice.search;

import java.util.List;
import java.util.Set;
import org.standingoffice.search.internal.AnswerSpans;

/**
 * How a question was read before retrieval: what the asker typed, and the form retrieval and the
 * decision work on. Staff see {@code asTyped}; {@code normalised} is shown beside it.
 *
 * @param asTyped the asker's own words, stripped of surrounding white space only
 * @param normalised politeness and filler removed, phone abbreviations and acronyms expanded,
 *     missing Vietnamese diacritics restored where the knowledge base's vocabulary allows only one
 *     reading, English slips corrected against the indexed words
 * @param language ISO 639-1 code of the question's language ("vi", "en", "sv"…)
 * @param answerType the kind of answer the question asks for
 * @param years the years (four digits, 1900–2099) the question names, in the order named
 * @param places the provinces, cities and communes the question names ("Hà Nội", "tỉnh Lào
 *     Cai"), as typed after normalisation
 * @param counted what a "how many" question counts ("computers", "ngày"), lower case as
 *     written after normalisation; empty for other questions
 * @param withoutDiacritics the asker typed Vietnamese without diacritics (plain ASCII)
 * @param focus what the question asks for, as folded words ("penalty", "nguyen tac"), besides the
 *     kind of answer: the head of the noun phrase after "what is the", "which", "how much", or before
 *     "nào", "gì", "bao nhiêu"; empty when it names none or in a language without the rule
 */
public record QuestionReading(
        String asTyped,
        String normalised,
        String language,
        AnswerType answerType,
        List<Integer> years,
        List<String> places,
        List<String> counted,
        boolean withoutDiacritics,
        List<String> focus) {

    public QuestionReading {
        years = List.copyOf(years);
        places = List.copyOf(places);
        counted = List.copyOf(counted);
        focus = List.copyOf(focus);
    }

    /** A question read as typed, with nothing found in it: for results built without reading. */
    public static QuestionReading plain(String question, String language) {
        return new QuestionReading(
                question, question, language, AnswerType.OTHER, List.of(), List.of(), List.of(), false, List.of());
    }

    /**
     * Whether {@code text}, written in {@code textLanguage}, gives a number of everything the
     * question counts ("15 days" for "how many days"); true when it counts nothing. In a text in
     * another language the counted word would be named in other words, so any number that counts
     * something ("15 years") will do, but a date or a document number will not.
     */
    public boolean countedIn(String text, String textLanguage) {
        if (counted.isEmpty()) {
            return true;
        }
        if (!textLanguage.equals(language)) {
            return AnswerSpans.hasQuantity(text, textLanguage);
        }
        return counted.stream().allMatch(word -> AnswerSpans.counts(text, word));
    }

    /** The years named, as a set. */
    public Set<Integer> yearSet() {
        return Set.copyOf(years);
    }
}
