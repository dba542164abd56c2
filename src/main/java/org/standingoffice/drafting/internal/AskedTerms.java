package org.standingoffice.drafting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standingoffice.knowledge.Glossary;

/**
 * The question's words a reason names, as staff should read them: whole phrases in the asker's own
 * spelling. Retrieval weighs the question's words one at a time, each syllable of Vietnamese apart,
 * and in its normalised reading (diacritics restored, shorthand spelled out), so the words it found
 * missing read "thời", "điểm" for "thời điểm", or "lưu" with a mark the asker who typed "luu tru"
 * never wrote. Words next to each other in the question are one phrase, and a phrase is written as
 * the asker typed it wherever the asker's text has it (compared without diacritics); a word the
 * reading added (shorthand spelled out) stays as the reading wrote it.
 */
final class AskedTerms {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A word of a text: where it is, in lower case, and folded. */
    private record Word(int start, int end, String lower, String folded) {}

    /** A phrase to show, and the place of the first term it holds. */
    private record Phrase(int rank, String text) {}

    private AskedTerms() {}

    /**
     * {@code terms} (words or phrases of {@code normalised}, in the order they matter) as phrases of
     * {@code asked}, each once, in the order of the first term each holds.
     */
    static List<String> of(List<String> terms, String asked, String normalised) {
        List<Word> reading = words(normalised);
        // For each word of the reading that a term names, the term's place in the list.
        Map<Integer, Integer> named = new LinkedHashMap<>();
        List<String> unplaced = new ArrayList<>();
        for (int t = 0; t < terms.size(); t++) {
            // As written first: folded, "số lượng" would be found in "hệ số lương".
            int at = find(reading, words(terms.get(t)), Word::lower);
            if (at < 0) {
                at = find(reading, words(terms.get(t)), Word::folded);
            }
            if (at < 0) {
                unplaced.add(terms.get(t));
                continue;
            }
            for (int i = at; i < at + words(terms.get(t)).size(); i++) {
                named.putIfAbsent(i, t);
            }
        }
        // Runs of named words with nothing but spaces between them, ordered by their first term.
        List<Word> askedWords = words(asked);
        List<Phrase> phrases = new ArrayList<>();
        int i = 0;
        while (i < reading.size()) {
            if (!named.containsKey(i)) {
                i++;
                continue;
            }
            int from = i;
            int rank = named.get(i);
            while (i + 1 < reading.size()
                    && named.containsKey(i + 1)
                    && normalised
                            .substring(reading.get(i).end(), reading.get(i + 1).start())
                            .isBlank()) {
                i++;
                rank = Math.min(rank, named.get(i));
            }
            List<Word> run = reading.subList(from, i + 1);
            phrases.add(new Phrase(rank, asTyped(run, normalised, askedWords, asked)));
            i++;
        }
        phrases.sort(Comparator.comparingInt(Phrase::rank));
        List<String> shown = new ArrayList<>(phrases.stream().map(Phrase::text).toList());
        shown.addAll(unplaced);
        return shown.stream().distinct().toList();
    }

    /** The run as the asker typed it, or as the reading wrote it when the asker's text lacks it. */
    private static String asTyped(List<Word> run, String normalised, List<Word> asked, String askedText) {
        int at = find(asked, run, Word::lower);
        if (at < 0) {
            at = find(asked, run, Word::folded);
        }
        if (at >= 0) {
            return askedText.substring(
                    asked.get(at).start(), asked.get(at + run.size() - 1).end());
        }
        return normalised.substring(run.get(0).start(), run.get(run.size() - 1).end());
    }

    /** Where {@code phrase} starts among {@code words}, compared by {@code form}, or -1. */
    private static int find(List<Word> words, List<Word> phrase, Function<Word, String> form) {
        if (phrase.isEmpty()) {
            return -1;
        }
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            boolean all = true;
            for (int j = 0; j < phrase.size() && all; j++) {
                all = form.apply(words.get(i + j)).equals(form.apply(phrase.get(j)));
            }
            if (all) {
                return i;
            }
        }
        return -1;
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new Word(
                    matcher.start(),
                    matcher.end(),
                    matcher.group().toLowerCase(Locale.ROOT),
                    Glossary.fold(matcher.group())));
        }
        return words;
    }
}
