package org.standingoffice.search.internal;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standingoffice.knowledge.Glossary;

/**
 * Sections cited by number: a law's "Điều 6", a regulation's "Article 12", in any spelling and
 * with or without diacritics. A passage's section label and a question's citation meet on one
 * folded key ("dieu 6"), so no list of section words is needed: whatever word the documents use
 * for their sections is the word a question cites them by. Labels without a word before the number
 * ("4(2)", "para. 3") have no key: a question names those points in too many ways.
 */
final class SectionCitations {

    /** A label as the documents write it: one word and a number, nothing else. */
    private static final Pattern LABEL = Pattern.compile("(\\p{L}+) (\\d{1,6})");

    /**
     * A word followed by a number, in the unaccented question: every candidate citation. A number
     * that goes on ("25/12", "1.5", "12a") is a date, an amount or a code, not a section.
     */
    private static final Pattern CITATION =
            Pattern.compile("(?<![\\p{L}\\d])(\\p{L}+)\\s+(\\d{1,6})(?![\\p{L}\\d]|[/.,:\\-]\\d)");

    private SectionCitations() {}

    /** The key of a passage's section label, if it is a word and a number ("Điều 6" → "dieu 6"). */
    static Optional<String> key(String section) {
        Matcher label = LABEL.matcher(normalise(section));
        return label.matches() ? Optional.of(key(label)) : Optional.empty();
    }

    /**
     * The keys of every word-and-number pair of the question; only those equal to some section's
     * key will match anything in the index.
     */
    static Set<String> cited(String question) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher citation = CITATION.matcher(normalise(question));
        while (citation.find()) {
            keys.add(key(citation));
        }
        return keys;
    }

    /** "Điều 06" is "Điều 6". */
    private static String key(Matcher wordAndNumber) {
        return wordAndNumber.group(1) + " " + Integer.parseInt(wordAndNumber.group(2));
    }

    /** Lower case without diacritics, punctuation kept: "para. 3" is not a word and a number. */
    private static String normalise(String text) {
        return Glossary.unaccented(text == null ? "" : text).strip();
    }
}
