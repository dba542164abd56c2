package org.standingoffice.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standingoffice.knowledge.Glossary;

/**
 * Restores the diacritics of Vietnamese typed without them, from a vocabulary of accented phrases
 * (the index's Vietnamese syllables and syllable pairs, the glossary's Vietnamese terms, the
 * office's question words). A run of plain syllables takes the accented form of the longest phrase
 * it folds to — "hoat dong den khi nao" is "hoạt động" + "đến khi nào" — when one form holds at
 * least {@code dominance} of the vocabulary's occurrences of that folded phrase. Otherwise the
 * syllables are left as typed: "tinh" alone may be "tỉnh" (province), "tính" or "tinh" (as in
 * "tinh gọn"), and a wrong accent misleads retrieval more than none. A question typed mostly with
 * diacritics is left alone, and so is a capitalised syllable on its own: both are names or words
 * meant as typed.
 */
final class Diacritics {

    /** Longer phrases would rarely be unique where shorter ones are not, and cost memory. */
    static final int MAX_SYLLABLES = 4;

    private static final Pattern SYLLABLE = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern PLAIN_SYLLABLE = Pattern.compile("[a-zA-Z]+");

    private final Map<String, String> restorations;

    private Diacritics(Map<String, String> restorations) {
        this.restorations = restorations;
    }

    static Diacritics none() {
        return new Diacritics(Map.of());
    }

    /** Collects accented phrases with how often each occurs, then keeps the unambiguous ones. */
    static final class Builder {

        private final Map<String, Map<String, Long>> forms = new HashMap<>();

        /** Adds every run of up to {@link #MAX_SYLLABLES} syllables of {@code phrase}. */
        Builder addPhrase(String phrase, long occurrences) {
            List<String> syllables = syllables(phrase);
            for (int start = 0; start < syllables.size(); start++) {
                for (int end = start + 1; end <= Math.min(syllables.size(), start + MAX_SYLLABLES); end++) {
                    add(String.join(" ", syllables.subList(start, end)), occurrences);
                }
            }
            return this;
        }

        /** Adds one accented form as it stands (an index term: a syllable or a syllable pair). */
        Builder add(String accented, long occurrences) {
            String form = Normalizer.normalize(accented.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
            String folded = Glossary.fold(form);
            // A plain form is a reading too ("tinh gọn" has "tinh"): it makes the accented ones
            // of the same letters ambiguous, as it should.
            if (!folded.isEmpty()
                    && PLAIN_SYLLABLE.matcher(folded.replace(" ", "")).matches()) {
                forms.computeIfAbsent(folded, key -> new HashMap<>()).merge(form, occurrences, Long::sum);
            }
            return this;
        }

        Diacritics build(double dominance) {
            Map<String, String> restorations = new HashMap<>();
            forms.forEach((folded, byForm) -> {
                long total = byForm.values().stream().mapToLong(Long::longValue).sum();
                byForm.entrySet().stream()
                        .filter(entry -> entry.getValue() >= dominance * total)
                        .map(Map.Entry::getKey)
                        .filter(form -> !form.equals(folded))
                        .findFirst()
                        .ifPresent(form -> restorations.put(folded, form));
            });
            return new Diacritics(restorations);
        }
    }

    int size() {
        return restorations.size();
    }

    /**
     * {@code text} with the diacritics of its plain syllables restored where they are unambiguous.
     * Call it only for text the asker typed mostly without diacritics ({@link #mostlyAccented}).
     */
    String restore(String text) {
        if (restorations.isEmpty()) {
            return text;
        }
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = SYLLABLE.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        StringBuilder result = new StringBuilder();
        int copied = 0;
        int i = 0;
        while (i < spans.size()) {
            int taken = 0;
            String restored = null;
            for (int n = Math.min(MAX_SYLLABLES, spans.size() - i); n >= 1 && restored == null; n--) {
                if (plainRun(text, spans, i, n) && (n > 1 || i == 0 || !capitalised(text, spans.get(i)))) {
                    restored = restorations.get(folded(text, spans, i, n));
                    taken = n;
                }
            }
            if (restored == null) {
                i++;
                continue;
            }
            result.append(text, copied, spans.get(i)[0]);
            appendInPlace(result, text, spans.subList(i, i + taken), restored.split(" "));
            copied = spans.get(i + taken - 1)[1];
            i += taken;
        }
        result.append(text.substring(copied));
        return result.toString();
    }

    /**
     * Whether the asker typed diacritics on more than a third of the syllables: then the plain
     * ones are meant so (names such as "Lào Cai", English words), not accents left out.
     */
    static boolean mostlyAccented(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = SYLLABLE.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        long accented = spans.stream()
                .filter(span -> !PLAIN_SYLLABLE
                        .matcher(text.substring(span[0], span[1]))
                        .matches())
                .count();
        return accented * 3 > spans.size();
    }

    /** A capitalised syllable inside a sentence is a name's, and a name alone is not restored. */
    private static boolean capitalised(String text, int[] span) {
        return Character.isUpperCase(text.charAt(span[0]));
    }

    /** Syllables only separated by single spaces, all plain ASCII letters. */
    private static boolean plainRun(String text, List<int[]> spans, int from, int n) {
        for (int k = from; k < from + n; k++) {
            int[] span = spans.get(k);
            if (!PLAIN_SYLLABLE.matcher(text.substring(span[0], span[1])).matches()) {
                return false;
            }
            if (k > from && !text.substring(spans.get(k - 1)[1], span[0]).equals(" ")) {
                return false;
            }
        }
        return true;
    }

    private static String folded(String text, List<int[]> spans, int from, int n) {
        return text.substring(spans.get(from)[0], spans.get(from + n - 1)[1]).toLowerCase(Locale.ROOT);
    }

    /** Writes the accented syllables in place of the typed ones, keeping each one's capital. */
    private static void appendInPlace(StringBuilder result, String text, List<int[]> typed, String[] accented) {
        for (int k = 0; k < typed.size(); k++) {
            if (k > 0) {
                result.append(' ');
            }
            String original = text.substring(typed.get(k)[0], typed.get(k)[1]);
            String syllable = accented[k];
            if (Character.isUpperCase(original.charAt(0))) {
                syllable = syllable.substring(0, 1).toUpperCase(Locale.ROOT) + syllable.substring(1);
            }
            result.append(syllable);
        }
    }

    private static List<String> syllables(String phrase) {
        List<String> syllables = new ArrayList<>();
        Matcher matcher = SYLLABLE.matcher(Normalizer.normalize(phrase, Normalizer.Form.NFC));
        while (matcher.find()) {
            syllables.add(matcher.group());
        }
        return syllables;
    }
}
