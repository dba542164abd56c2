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
 * Splits a passage into plain and highlighted runs for the words of a question, comparing without
 * diacritics (officials often type Vietnamese without them). Returns runs rather than HTML so the
 * template escapes every character itself.
 */
final class Highlighter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> UNMARKED = unmarkedWords();

    record Run(String text, boolean hit) {}

    public List<Run> runs(String text, String question) {
        List<Run> runs = new ArrayList<>();
        if (text == null) {
            return runs;
        }
        Set<String> terms = new HashSet<>();
        if (question != null) {
            Matcher words = WORD.matcher(question);
            while (words.find()) {
                // Short and common words (of, to, the, và, của) would light up every line.
                String folded = fold(words.group());
                if (folded.length() >= 3 && !UNMARKED.contains(folded)) {
                    terms.add(folded);
                }
            }
        }
        Matcher words = WORD.matcher(text);
        int at = 0;
        while (words.find()) {
            if (terms.contains(fold(words.group()))) {
                if (words.start() > at) {
                    runs.add(new Run(text.substring(at, words.start()), false));
                }
                runs.add(new Run(words.group(), true));
                at = words.end();
            }
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), false));
        }
        return runs;
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
