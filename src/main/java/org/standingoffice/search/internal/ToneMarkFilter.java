package org.standingoffice.search.internal;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Puts Vietnamese tone marks in one place. Two spellings are in use for open syllables ending in
 * "oa", "oe" and "uy": the old style marks the first vowel ("hòa", "thủy"), the new style the
 * second ("hoà", "thuỷ"). Both occur in official texts, often in the same corpus, so both are
 * indexed and searched in the old style. "qu" + y is left alone: there "u" is part of the
 * consonant ("quý"). Expects lower-case NFC input.
 */
final class ToneMarkFilter extends TokenFilter {

    private static final Map<String, String> NEW_TO_OLD = Map.ofEntries(
            Map.entry("oà", "òa"),
            Map.entry("oá", "óa"),
            Map.entry("oả", "ỏa"),
            Map.entry("oã", "õa"),
            Map.entry("oạ", "ọa"),
            Map.entry("oè", "òe"),
            Map.entry("oé", "óe"),
            Map.entry("oẻ", "ỏe"),
            Map.entry("oẽ", "õe"),
            Map.entry("oẹ", "ọe"),
            Map.entry("uỳ", "ùy"),
            Map.entry("uý", "úy"),
            Map.entry("uỷ", "ủy"),
            Map.entry("uỹ", "ũy"),
            Map.entry("uỵ", "ụy"));

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ToneMarkFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        if (length >= 2) {
            String ending = new String(term.buffer(), length - 2, 2);
            String replacement = NEW_TO_OLD.get(ending);
            boolean quSyllable = ending.charAt(0) == 'u' && length >= 3 && term.charAt(length - 3) == 'q';
            if (replacement != null && !quSyllable) {
                term.buffer()[length - 2] = replacement.charAt(0);
                term.buffer()[length - 1] = replacement.charAt(1);
            }
        }
        return true;
    }
}
