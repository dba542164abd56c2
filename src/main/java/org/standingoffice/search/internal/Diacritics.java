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
 * with how often each occurs: the office's Vietnamese word list ({@code vietnamese-words.txt}), the
 * index's Vietnamese syllables and syllable pairs, the glossary's Vietnamese terms, the office's
 * question words. The question is cut into the phrases the vocabulary knows, longest first — "can
 * bo cap xa dang huong luong huu" is "cán bộ" + "cấp xã" + "đang hưởng" + "lương hưu" — so a
 * syllable ambiguous alone is decided by its neighbours: "dang" is "đang" before "huong" and
 * "đảng" before "uy". A phrase takes the accented form that holds at least {@code dominance} of the
 * vocabulary's occurrences of what it folds to; when none does, it stays as typed, and so does a
 * syllable no known phrase decides: "tinh" alone may be "tỉnh" (province), "tính" or "tinh" (as in
 * "tinh gọn"), and a wrong accent misleads retrieval more than none. Syllables the asker did
 * accent (an expanded abbreviation, a word typed with its marks) are kept and only narrow the
 * forms a phrase around them may take. A capitalised syllable on its own is a name's and is left
 * alone.
 */
final class Diacritics {

    /** Longer phrases would rarely be unique where shorter ones are not, and cost memory. */
    static final int MAX_SYLLABLES = 4;

    private static final Pattern SYLLABLE = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern PLAIN_SYLLABLE = Pattern.compile("[a-zA-Z]+");

    /** What a phrase costs in a cut, and what a syllable decided alone is worth (see {@link #score}). */
    private static final double PHRASE = 0.1;

    private static final double UNDECIDED = 0.2;
    private static final double SINGLE = 0.5;

    /** Folded phrase → its accented forms (a plain form among them) → occurrences. */
    private final Map<String, Map<String, Long>> forms;

    private final double dominance;

    private Diacritics(Map<String, Map<String, Long>> forms, double dominance) {
        this.forms = forms;
        this.dominance = dominance;
    }

    static Diacritics none() {
        return new Diacritics(Map.of(), 1.0);
    }

    /** Collects accented phrases with how often each occurs. */
    static final class Builder {

        private final Map<String, Map<String, Long>> forms = new HashMap<>();

        /** Adds every run of up to {@link #MAX_SYLLABLES} syllables of {@code phrase}. */
        Builder addPhrase(String phrase, long occurrences) {
            return addRuns(phrase, occurrences, 1);
        }

        /**
         * Adds a word or phrase of a word list with its frequency, and its runs of two syllables or
         * more, but not its single syllables: "cơ" in "cơ quan" says nothing about what "co" alone
         * means, which is almost always "có" — the list gives single syllables a line of their own.
         */
        Builder addWord(String phrase, long frequency) {
            return addRuns(phrase, frequency, syllables(phrase).size() == 1 ? 1 : 2);
        }

        private Builder addRuns(String phrase, long occurrences, int shortest) {
            List<String> syllables = syllables(phrase);
            for (int start = 0; start < syllables.size(); start++) {
                for (int end = start + shortest; end <= Math.min(syllables.size(), start + MAX_SYLLABLES); end++) {
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
                    && folded.split(" ").length == form.split(" ").length
                    && PLAIN_SYLLABLE.matcher(folded.replace(" ", "")).matches()) {
                forms.computeIfAbsent(folded, key -> new HashMap<>()).merge(form, occurrences, Long::sum);
            }
            return this;
        }

        Diacritics build(double dominance) {
            Map<String, Map<String, Long>> kept = new HashMap<>();
            forms.forEach((folded, byForm) -> kept.put(folded, Map.copyOf(byForm)));
            return new Diacritics(kept, dominance);
        }
    }

    /** How many folded phrases the vocabulary knows. */
    int size() {
        return forms.size();
    }

    /**
     * {@code text} with the diacritics of its plain syllables restored where the vocabulary
     * decides them. Call it only for text the asker typed mostly without diacritics ({@link
     * #mostlyAccented}).
     */
    String restore(String text) {
        if (forms.isEmpty()) {
            return text;
        }
        List<int[]> spans = spans(text);
        int count = spans.size();
        // best[j]: the highest score of a cut of the first j syllables into phrases.
        double[] best = new double[count + 1];
        int[] taken = new int[count + 1];
        String[][] chosen = new String[count + 1][];
        for (int end = 1; end <= count; end++) {
            best[end] = Double.NEGATIVE_INFINITY;
            for (int n = 1; n <= Math.min(MAX_SYLLABLES, end); n++) {
                int start = end - n;
                if (!joined(text, spans, start, n)) {
                    break;
                }
                String[] form = choose(text, spans, start, n);
                double score = best[start] + score(form, n, plainCount(text, spans, start, n));
                if (score > best[end]) {
                    best[end] = score;
                    taken[end] = n;
                    chosen[end] = form;
                }
            }
        }
        List<Integer> cuts = new ArrayList<>();
        for (int end = count; end > 0; end -= taken[end]) {
            cuts.add(0, end);
        }
        StringBuilder result = new StringBuilder();
        int copied = 0;
        for (int end : cuts) {
            int start = end - taken[end];
            if (chosen[end] == null) {
                continue;
            }
            result.append(text, copied, spans.get(start)[0]);
            appendInPlace(result, text, spans.subList(start, end), chosen[end]);
            copied = spans.get(end - 1)[1];
        }
        result.append(text.substring(copied));
        return result.toString();
    }

    /**
     * A cut is worth the plain syllables its phrases of two or more decide, less a little for each
     * phrase (so one long phrase beats two short ones deciding as much); a phrase the vocabulary
     * knows but nothing decides is worth a little less than a decided one, as it still keeps its
     * syllables from being guessed one by one; a syllable decided alone is worth less than one its
     * neighbours decide.
     */
    private static double score(String[] form, int n, int plain) {
        if (form == null) {
            return 0;
        }
        if (n == 1) {
            return form.length == 0 ? 0 : SINGLE;
        }
        return form.length == 0 ? plain - UNDECIDED : plain - PHRASE;
    }

    private static int plainCount(String text, List<int[]> spans, int from, int n) {
        int plain = 0;
        for (int k = from; k < from + n; k++) {
            if (PLAIN_SYLLABLE
                    .matcher(text.substring(spans.get(k)[0], spans.get(k)[1]))
                    .matches()) {
                plain++;
            }
        }
        return plain;
    }

    /**
     * The accented form the {@code n} syllables from {@code start} take; an empty array when the
     * vocabulary knows them but nothing decides; {@code null} when it does not know them, or they
     * are all typed with diacritics, or a capitalised syllable stands alone.
     */
    private String[] choose(String text, List<int[]> spans, int start, int n) {
        boolean anyPlain = false;
        String[] typed = new String[n];
        for (int k = 0; k < n; k++) {
            int[] span = spans.get(start + k);
            typed[k] = text.substring(span[0], span[1]);
            anyPlain |= PLAIN_SYLLABLE.matcher(typed[k]).matches();
        }
        if (!anyPlain || (n == 1 && start > 0 && Character.isUpperCase(typed[0].charAt(0)))) {
            return null;
        }
        String joinedTyped = String.join(" ", typed);
        String folded = Glossary.fold(joinedTyped).toLowerCase(Locale.ROOT);
        // A "syllable" of combining marks alone folds to nothing: no phrase of n syllables then.
        Map<String, Long> byForm = folded.split(" ").length == n ? forms.get(folded) : null;
        if (byForm == null) {
            return null;
        }
        // Syllables typed with diacritics narrow the forms to those that agree with them.
        String typedLower = Normalizer.normalize(joinedTyped.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        long total = 0;
        String leader = null;
        long leading = 0;
        for (Map.Entry<String, Long> entry : byForm.entrySet()) {
            if (!agrees(entry.getKey().split(" "), typedLower.split(" "))) {
                continue;
            }
            total += entry.getValue();
            if (entry.getValue() > leading
                    || (entry.getValue() == leading
                            && leader != null
                            && entry.getKey().compareTo(leader) < 0)) {
                leader = entry.getKey();
                leading = entry.getValue();
            }
        }
        if (leader == null) {
            return n == 1 ? null : new String[0];
        }
        if (leading < dominance * total) {
            return new String[0];
        }
        return leader.split(" ");
    }

    /** Whether an accented form keeps every syllable the asker typed with diacritics. */
    private static boolean agrees(String[] form, String[] typed) {
        for (int k = 0; k < typed.length; k++) {
            if (!PLAIN_SYLLABLE.matcher(typed[k]).matches() && !typed[k].equals(form[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an asker typed diacritics on more than a third of the syllables: then the plain
     * ones are meant so (names such as "Lào Cai", English words), not accents left out.
     */
    static boolean mostlyAccented(String text) {
        List<int[]> spans = spans(text);
        long accented = spans.stream()
                .filter(span -> !PLAIN_SYLLABLE
                        .matcher(text.substring(span[0], span[1]))
                        .matches())
                .count();
        return accented * 3 > spans.size();
    }

    /** Where each syllable of {@code text} starts and ends. */
    private static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = SYLLABLE.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        return spans;
    }

    /** The {@code n} syllables from {@code from} are only separated by single spaces. */
    private static boolean joined(String text, List<int[]> spans, int from, int n) {
        for (int k = from + 1; k < from + n; k++) {
            if (!text.substring(spans.get(k - 1)[1], spans.get(k)[0]).equals(" ")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes the accented syllables in place of the typed ones, keeping each one's capital; a
     * syllable typed with diacritics, or a phrase nothing decides, stays as typed.
     */
    private static void appendInPlace(StringBuilder result, String text, List<int[]> typed, String[] accented) {
        for (int k = 0; k < typed.size(); k++) {
            if (k > 0) {
                result.append(text, typed.get(k - 1)[1], typed.get(k)[0]);
            }
            String original = text.substring(typed.get(k)[0], typed.get(k)[1]);
            if (accented.length == 0 || !PLAIN_SYLLABLE.matcher(original).matches()) {
                result.append(original);
                continue;
            }
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
