package org.standingoffice.cli.internal;

import java.io.PrintStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standingoffice.knowledge.Glossary;

/**
 * How well a question typed without diacritics is read back: every Vietnamese question of a
 * labelled set typed with diacritics is folded to plain ASCII (marks dropped, đ as d, case kept)
 * and read by the real question reader; its reading is compared syllable by syllable with the
 * reading of the question as typed. Each syllable that carries diacritics in that reading is
 * restored right, restored wrong (the harmful case: "đảng" for "đang") or left plain; a syllable
 * that is plain there (a name, an English word, "tinh" of "tinh gọn") is kept or wrongly accented.
 * Syllables the reader writes itself (expanded shorthand, dropped filler) are not counted: only
 * those the folded question holds as typed.
 */
final class DiacriticsBenchmark {

    private static final Pattern SYLLABLE = Pattern.compile("[\\p{L}\\p{M}]+");
    private static final Pattern PLAIN = Pattern.compile("[a-zA-Z]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Per-syllable counts, and the wrong restorations with how often each was made. */
    static final class Figures {
        int questions;
        int right;
        int wrong;
        int leftPlain;
        int plainKept;
        int plainAccented;
        final Map<String, Integer> mistakes = new TreeMap<>();

        int accented() {
            return right + wrong + leftPlain;
        }

        double share(int count, int of) {
            return of == 0 ? Double.NaN : (double) count / of;
        }
    }

    private DiacriticsBenchmark() {}

    /** Whether the benchmark takes this item: Vietnamese, typed with diacritics. */
    static boolean takes(LabelledQuestion item) {
        return item.typing().equals("vi-diacritics");
    }

    /** Folds {@code text} as a phone without a Vietnamese keyboard types it: no marks, đ as d, case kept. */
    static String folded(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D');
    }

    /**
     * @param reading the normalised reading of a question
     */
    static Figures measure(List<LabelledQuestion> items, UnaryOperator<String> reading) {
        Figures figures = new Figures();
        for (LabelledQuestion item : items) {
            if (!takes(item)) {
                continue;
            }
            figures.questions++;
            String plainQuestion = folded(item.question());
            compare(
                    syllables(reading.apply(item.question())),
                    syllables(reading.apply(plainQuestion)),
                    syllables(plainQuestion),
                    figures);
        }
        return figures;
    }

    /** Counts each reference syllable aligned both to the folded reading and to the typed text. */
    static void compare(List<String> reference, List<String> restored, List<String> typed, Figures figures) {
        int[] toRestored = align(reference, restored);
        int[] toTyped = align(reference, typed);
        for (int i = 0; i < reference.size(); i++) {
            if (toRestored[i] < 0 || toTyped[i] < 0) {
                continue;
            }
            String expected = reference.get(i).toLowerCase(Locale.ROOT);
            String got = restored.get(toRestored[i]).toLowerCase(Locale.ROOT);
            boolean expectedPlain = PLAIN.matcher(expected).matches();
            if (expectedPlain) {
                if (got.equals(expected)) {
                    figures.plainKept++;
                } else {
                    figures.plainAccented++;
                    figures.mistakes.merge(expected + " → " + got, 1, Integer::sum);
                }
            } else if (got.equals(expected)) {
                figures.right++;
            } else if (PLAIN.matcher(got).matches()) {
                figures.leftPlain++;
            } else {
                figures.wrong++;
                figures.mistakes.merge(expected + " → " + got, 1, Integer::sum);
            }
        }
    }

    static void print(PrintStream out, String file, Figures figures, boolean details) {
        out.printf(
                "Diacritics restored, %s: %d Vietnamese questions typed with diacritics, read folded%n",
                file, figures.questions);
        int accented = figures.accented();
        out.printf(
                "syllables with diacritics %5d   restored right %.3f   restored wrong %.3f   left plain %.3f%n",
                accented,
                figures.share(figures.right, accented),
                figures.share(figures.wrong, accented),
                figures.share(figures.leftPlain, accented));
        int plain = figures.plainKept + figures.plainAccented;
        out.printf(
                "syllables without        %5d   kept plain     %.3f   wrongly accented %.3f%n",
                plain, figures.share(figures.plainKept, plain), figures.share(figures.plainAccented, plain));
        if (details) {
            figures.mistakes.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(entry -> out.printf("  %3d  %s%n", entry.getValue(), entry.getKey()));
        }
    }

    static List<String> syllables(String text) {
        List<String> syllables = new ArrayList<>();
        Matcher matcher = SYLLABLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC));
        while (matcher.find()) {
            syllables.add(matcher.group());
        }
        return syllables;
    }

    /**
     * For each syllable of {@code from}, the index of the syllable of {@code to} it lines up with
     * in a longest common subsequence of the folded syllables, or -1.
     */
    private static int[] align(List<String> from, List<String> to) {
        int n = from.size();
        int m = to.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = same(from.get(i), to.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int[] aligned = new int[n];
        java.util.Arrays.fill(aligned, -1);
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same(from.get(i), to.get(j))) {
                aligned[i++] = j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return aligned;
    }

    private static boolean same(String a, String b) {
        return Glossary.unaccented(a).equals(Glossary.unaccented(b));
    }
}
