package org.standingoffice.knowledge.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.standingoffice.knowledge.IngestionException;
import org.standingoffice.knowledge.TypingHabits;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads {@code question-typing.yaml}: {@code filler} with the lists {@code leading}, {@code
 * anywhere}, {@code trailing} and {@code context}, {@code shorthand} (a map from abbreviation to expansion) and
 * {@code words}, and {@code courtesy} with the lists {@code thanks}, {@code words} (one word each) and
 * {@code greetings}.
 * As with the glossary, a malformed entry is rejected with the file named: a
 * shorthand without its expansion would silently delete the asker's word.
 */
public final class TypingHabitsReader {

    public TypingHabits read(Path file) {
        if (!Files.isRegularFile(file)) {
            return TypingHabits.none();
        }
        Object loaded;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException | YAMLException e) {
            throw new IngestionException(file + ": cannot read the typing habits: " + e.getMessage(), e);
        }
        if (!(loaded instanceof Map<?, ?> root)) {
            throw new IngestionException(
                    file + ": must be a mapping with 'filler', 'shorthand', 'words' and 'courtesy'");
        }
        Map<?, ?> filler = root.get("filler") instanceof Map<?, ?> map ? map : Map.of();
        Object courtesyNode = root.get("courtesy");
        if (courtesyNode != null && !(courtesyNode instanceof Map<?, ?>)) {
            throw new IngestionException(
                    file + ": 'courtesy' must be a mapping with 'thanks', 'words' and 'greetings'");
        }
        Map<?, ?> courtesy = courtesyNode instanceof Map<?, ?> map ? map : Map.of();
        return new TypingHabits(
                strings(file, "filler.leading", filler.get("leading")),
                strings(file, "filler.anywhere", filler.get("anywhere")),
                strings(file, "filler.trailing", filler.get("trailing")),
                strings(file, "filler.context", filler.get("context")),
                shorthand(file, root.get("shorthand")),
                strings(file, "words", root.get("words")),
                strings(file, "courtesy.thanks", courtesy.get("thanks")),
                courtesyWords(file, strings(file, "courtesy.words", courtesy.get("words"))),
                strings(file, "courtesy.greetings", courtesy.get("greetings")),
                // The Vietnamese word list is a file of its own (VietnameseWordsReader).
                Map.of());
    }

    private static List<String> strings(Path file, String key, Object node) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof List<?> list) || list.contains(null)) {
            throw new IngestionException(file + ": '" + key + "' must be a list of phrases without empty entries");
        }
        return list.stream().map(Object::toString).map(String::strip).toList();
    }

    /** Courtesy words are matched one by one, so a phrase there could never match. */
    private static List<String> courtesyWords(Path file, List<String> words) {
        words.stream()
                .filter(word -> word.isEmpty() || word.contains(" "))
                .findFirst()
                .ifPresent(word -> {
                    throw new IngestionException(file + ": 'courtesy.words' lists single words; put the phrase '" + word
                            + "' in 'courtesy.thanks' or split it");
                });
        return words;
    }

    private static Map<String, String> shorthand(Path file, Object node) {
        Map<String, String> shorthand = new LinkedHashMap<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (value == null || value.toString().isBlank()) {
                    throw new IngestionException(file + ": the shorthand '" + key + "' has no expansion");
                }
                shorthand.put(String.valueOf(key).strip().toLowerCase(Locale.ROOT), value.toString());
            });
        } else if (node != null) {
            throw new IngestionException(file + ": 'shorthand' must be a mapping from abbreviation to expansion");
        }
        return shorthand;
    }
}
