package org.standingoffice.knowledge.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standingoffice.knowledge.IngestionException;

/**
 * Reads {@code vietnamese-words.txt}: one Vietnamese word or phrase a line, with its diacritics,
 * optionally followed by a rough frequency (occurrences per million words; 1 when left out).
 * {@code #} starts a comment. A phrase listed twice keeps its larger frequency. A line that is not
 * a phrase of letters is rejected with the file and line named: a stray number or a word in
 * another alphabet would otherwise teach the reader a wrong accent without anyone noticing.
 */
public final class VietnameseWordsReader {

    private static final Pattern LINE = Pattern.compile("([\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+)*)(?:\\s+(\\d{1,9}))?");

    public Map<String, Long> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IngestionException(file + ": cannot read the Vietnamese words: " + e.getMessage(), e);
        }
        Map<String, Long> words = new HashMap<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            int comment = line.indexOf('#');
            String entry = Normalizer.normalize(
                            (comment < 0 ? line : line.substring(0, comment)).strip(), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
            if (entry.isEmpty()) {
                continue;
            }
            Matcher matcher = LINE.matcher(entry);
            if (!matcher.matches()) {
                throw new IngestionException(file + ", line " + number + ": '" + entry
                        + "' is not a phrase of letters optionally followed by a frequency");
            }
            long frequency = matcher.group(2) == null ? 1 : Long.parseLong(matcher.group(2));
            if (frequency < 1) {
                throw new IngestionException(file + ", line " + number + ": a frequency must be at least 1");
            }
            words.merge(matcher.group(1).toLowerCase(Locale.ROOT), frequency, Math::max);
        }
        return words;
    }
}
