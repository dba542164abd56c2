package org.standingoffice.console.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a passage into plain and highlighted runs for the terms of a question, comparing without
 * diacritics (officials often type Vietnamese without them). Returns runs rather than HTML so the
 * template escapes every character itself. A term is highlighted only where the passage has it
 * whole: in English and Swedish a word is a term, but a Vietnamese word is mostly two or three
 * syllables, and one syllable of it alone means something else — "chính trị" asked, a passage's
 * "Phạm Minh Chính" is not it. So in a Vietnamese question the syllables written together (without
 * a common word such as "của" between them) are one phrase, and a passage's syllables are marked
 * where two or more of them stand in the phrase's order; a phrase of one syllable, or a number, is
 * marked alone.
 */
final class Highlighter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> UNMARKED = unmarkedWords();

    record Run(String text, boolean hit) {}

    /** A word of the passage: where it is and its folded form. */
    private record Word(int start, int end, String folded) {}

    /** The runs of {@code text} for {@code question}, asked in {@code language} (ISO 639-1). */
    public List<Run> runs(String text, String question, String language) {
        List<Run> runs = new ArrayList<>();
        if (text == null) {
            return runs;
        }
        List<Word> words = words(text);
        boolean[] hit = "vi".equals(language) ? phraseHits(words, phrases(question)) : wordHits(words, question);
        int at = 0;
        for (int i = 0; i < words.size(); i++) {
            if (!hit[i]) {
                continue;
            }
            int last = i;
            // A phrase is one run: "Chính trị", not "Chính" and "trị".
            while (last + 1 < words.size()
                    && hit[last + 1]
                    && text.substring(words.get(last).end(), words.get(last + 1).start())
                            .isBlank()) {
                last++;
            }
            if (words.get(i).start() > at) {
                runs.add(new Run(text.substring(at, words.get(i).start()), false));
            }
            runs.add(
                    new Run(text.substring(words.get(i).start(), words.get(last).end()), true));
            at = words.get(last).end();
            i = last;
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), false));
        }
        return runs;
    }

    /** Each word the question has too; short and common words (of, to, the, và, của) would light up every line. */
    private static boolean[] wordHits(List<Word> words, String question) {
        Set<String> terms = new HashSet<>();
        for (Word word : words(question == null ? "" : question)) {
            if (marked(word.folded())) {
                terms.add(word.folded());
            }
        }
        boolean[] hit = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            hit[i] = terms.contains(words.get(i).folded());
        }
        return hit;
    }

    /**
     * Each syllable that is part of two or more in the order of one phrase, or that is a one-syllable
     * phrase or a number.
     */
    private static boolean[] phraseHits(List<Word> words, List<List<String>> phrases) {
        Set<String> pairs = new HashSet<>();
        Set<String> alone = new HashSet<>();
        for (List<String> phrase : phrases) {
            for (int i = 0; i + 1 < phrase.size(); i++) {
                pairs.add(phrase.get(i) + " " + phrase.get(i + 1));
            }
            phrase.stream()
                    .filter(syllable -> phrase.size() == 1 && marked(syllable) || syllable.matches(".*\\d.*"))
                    .forEach(alone::add);
        }
        boolean[] hit = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            if (alone.contains(words.get(i).folded())) {
                hit[i] = true;
            }
            if (i + 1 < words.size()
                    && pairs.contains(
                            words.get(i).folded() + " " + words.get(i + 1).folded())) {
                hit[i] = true;
                hit[i + 1] = true;
            }
        }
        return hit;
    }

    /** The question's runs of syllables between common words and punctuation. */
    private static List<List<String>> phrases(String question) {
        List<List<String>> phrases = new ArrayList<>();
        List<String> phrase = new ArrayList<>();
        String text = question == null ? "" : question;
        int at = 0;
        for (Word word : words(text)) {
            boolean apart = !text.substring(at, word.start()).isBlank();
            if (apart || UNMARKED.contains(word.folded())) {
                close(phrase, phrases);
                phrase = new ArrayList<>();
            }
            if (!UNMARKED.contains(word.folded())) {
                phrase.add(word.folded());
            }
            at = word.end();
        }
        close(phrase, phrases);
        return phrases;
    }

    private static void close(List<String> phrase, List<List<String>> phrases) {
        if (!phrase.isEmpty()) {
            phrases.add(phrase);
        }
    }

    private static boolean marked(String folded) {
        return folded.length() >= 3 && !UNMARKED.contains(folded);
    }

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new Word(matcher.start(), matcher.end(), fold(matcher.group())));
        }
        return words;
    }

    private static Set<String> unmarkedWords() {
        try (InputStream in = Highlighter.class.getResourceAsStream("/console/unmarked-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /console/unmarked-words.txt");
            }
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.startsWith("#")) {
                    for (String word : line.strip().split("\\s+")) {
                        words.add(fold(word));
                    }
                }
            }
            words.remove("");
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fold(String word) {
        return Normalizer.normalize(word.toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
    }
}
