package org.standingoffice.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.standingoffice.search.SearchProperties;

/**
 * Corrects slips in English questions ("guidence", "managment") against the words
 * the knowledge base itself uses: Lucene's {@link DirectSpellChecker} over the folded field, which
 * holds every indexed word unstemmed. A word the index contains is never changed, so the check
 * cannot move a question away from the documents; a word it lacks is changed only to a close
 * indexed word, and short words (most stop words, most false friends) are left alone. Swedish is
 * not corrected: its compounds ("kommunnivå", "rapporterna") are mostly absent from any index and
 * would be "corrected" into other words.
 */
final class Spelling {

    /** Plain ASCII words only: the folded field has no diacritics to suggest a word back with. */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d])[a-zA-Z]+(?![\\p{L}\\d])");

    private final DirectSpellChecker checker = new DirectSpellChecker();
    private final int minLength;

    Spelling(SearchProperties.Reading reading) {
        this.minLength = reading.spellingMinLength();
        checker.setAccuracy((float) reading.spellingAccuracy());
        checker.setMinQueryLength(reading.spellingMinLength());
    }

    String correct(String text, IndexReader reader) {
        Matcher matcher = WORD.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(corrected(matcher.group(), reader)));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private String corrected(String word, IndexReader reader) {
        if (word.length() < minLength) {
            return word;
        }
        Term term = new Term(TextAnalyzers.FOLDED, word.toLowerCase(Locale.ROOT));
        try {
            if (reader.docFreq(term) > 0) {
                return word;
            }
            SuggestWord[] suggestions = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (suggestions.length == 0) {
                return word;
            }
            String suggestion = suggestions[0].string;
            return Character.isUpperCase(word.charAt(0))
                    ? suggestion.substring(0, 1).toUpperCase(Locale.ROOT) + suggestion.substring(1)
                    : suggestion;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
