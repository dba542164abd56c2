package org.standingoffice.knowledge.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits running text into sentences. A full stop ends a sentence only when an upper-case letter,
 * a digit, a quote or a parenthesis follows and the word before it is not a known abbreviation
 * ("No. 183", "Dr.", "nr.").
 */
public final class SentenceSplitter {

    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?…][\"”’)]?)\\s+(?=[\\p{Lu}\\d\"“(\\[])");
    private static final Set<String> ABBREVIATIONS =
            Set.of("no", "nr", "dr", "mr", "mrs", "ms", "st", "vs", "art", "cf", "eg", "ie", "etc", "tp", "ths", "ts");

    public List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher boundary = BOUNDARY.matcher(text);
        int start = 0;
        while (boundary.find()) {
            if (!endsWithAbbreviation(text.substring(start, boundary.start()))) {
                addIfPresent(sentences, text.substring(start, boundary.start()));
                start = boundary.end();
            }
        }
        addIfPresent(sentences, text.substring(start));
        return sentences;
    }

    private static boolean endsWithAbbreviation(String candidate) {
        int lastSpace = candidate.lastIndexOf(' ');
        String lastWord =
                candidate.substring(lastSpace + 1).replaceAll("[^\\p{L}]", "").toLowerCase();
        return lastWord.length() == 1 || ABBREVIATIONS.contains(lastWord);
    }

    private static void addIfPresent(List<String> sentences, String sentence) {
        String stripped = sentence.strip();
        if (!stripped.isEmpty()) {
            sentences.add(stripped);
        }
    }
}
