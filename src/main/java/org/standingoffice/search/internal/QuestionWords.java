package org.standingoffice.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Question words and function words of each language ("what", "bao nhiêu", "của", "vad"): searched
 * for, but naming nothing a passage must carry. Read once from {@code /search/question-words/}.
 */
final class QuestionWords {

    private static final Map<String, Set<String>> WORDS = Map.of("en", load("en"), "sv", load("sv"), "vi", load("vi"));

    private QuestionWords() {}

    /** The words of {@code language}, lower case as written; empty for a language without a list. */
    static Set<String> of(String language) {
        return WORDS.getOrDefault(language, Set.of());
    }

    private static Set<String> load(String language) {
        String resource = "/search/question-words/" + language + ".txt";
        try (InputStream in = QuestionWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.startsWith("#")) {
                    words.addAll(List.of(line.strip().toLowerCase().split("\\s+")));
                }
            }
            words.remove("");
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
