package org.standingoffice.search.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.Words;

/**
 * Folds the renderings of one document point into one result. Two hits are the same point when
 * they share the document number and the section label (a translation), or when they come from
 * different files in the same language and share most of their words (a second rendering that
 * numbers its paragraphs differently). The first-ranked keeps its place; the asker's language,
 * else English, wins its text.
 */
final class Renderings {

    private static final double SAME_TEXT_OVERLAP = 0.5;

    private Renderings() {}

    static List<ScoredPassage> foldDuplicates(List<ScoredPassage> ranked, String language, int top) {
        List<ScoredPassage> kept = new ArrayList<>();
        for (ScoredPassage candidate : ranked) {
            int same = indexOfSame(kept, candidate.passage());
            if (same < 0) {
                if (kept.size() < top) {
                    kept.add(candidate);
                }
            } else if (prefers(candidate, kept.get(same), language)) {
                kept.set(
                        same,
                        new ScoredPassage(candidate.passage(), kept.get(same).score()));
            }
        }
        return kept;
    }

    /**
     * How many of {@code ranked} are renderings of {@code point}'s document point, itself
     * included: agreement across versions and translations.
     */
    static int count(List<ScoredPassage> ranked, Passage point) {
        int count = 0;
        for (ScoredPassage candidate : ranked) {
            if (candidate.passage().id().equals(point.id())
                    || indexOfSame(List.of(new ScoredPassage(point, 0)), candidate.passage()) == 0) {
                count++;
            }
        }
        return count;
    }

    /**
     * Which point each of {@code best} renders, as a key that only compares: two of them share it
     * when they are renderings of one point, directly or through other renderings among {@code
     * ranked}. Folding compares each hit with the kept ones only, so a point can stay twice when
     * its renderings are related only through a third: a summary paragraph shares its words with
     * the English translation's point, which shares its label with the Swedish one, but the summary
     * and the Swedish rendering share neither. A point has one passage per rendering at most: two
     * passages of one file are two points, whatever chain of likenesses joins them.
     */
    static List<String> points(List<ScoredPassage> best, List<ScoredPassage> ranked) {
        Set<String> numbers = new HashSet<>();
        boolean shared = false;
        for (ScoredPassage found : best) {
            shared |= !numbers.add(found.passage().document().number());
        }
        if (!shared) {
            // Renderings of one point share a document number: without two, each is its own point.
            return best.stream().map(found -> found.passage().id()).toList();
        }
        List<Passage> nodes = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (List<ScoredPassage> list : List.of(best, ranked)) {
            for (ScoredPassage found : list) {
                Passage passage = found.passage();
                if (numbers.contains(passage.document().number()) && ids.add(passage.id())) {
                    nodes.add(passage);
                }
            }
        }
        int[] root = new int[nodes.size()];
        List<Set<String>> files = new ArrayList<>();
        for (int i = 0; i < root.length; i++) {
            root[i] = i;
            files.add(new HashSet<>(Set.of(nodes.get(i).sourceFile())));
        }
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                int a = rootOf(root, i);
                int b = rootOf(root, j);
                if (a == b || !Collections.disjoint(files.get(a), files.get(b))) {
                    continue;
                }
                if (same(nodes.get(i), nodes.get(j))) {
                    // The earlier node stays the root: a point is keyed by its best-ranked rendering.
                    root[Math.max(a, b)] = Math.min(a, b);
                    files.get(Math.min(a, b)).addAll(files.get(Math.max(a, b)));
                }
            }
        }
        List<String> points = new ArrayList<>();
        for (int i = 0; i < best.size(); i++) {
            points.add(nodes.get(rootOf(root, i)).id());
        }
        return points;
    }

    private static int rootOf(int[] root, int node) {
        int at = node;
        while (root[at] != at) {
            at = root[at];
        }
        return at;
    }

    private static int indexOfSame(List<ScoredPassage> kept, Passage later) {
        for (int i = 0; i < kept.size(); i++) {
            if (same(kept.get(i).passage(), later)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean same(Passage earlier, Passage later) {
        if (!earlier.document().number().equals(later.document().number())) {
            return false;
        }
        boolean samePoint =
                pointOf(earlier).equals(pointOf(later)) && !earlier.section().startsWith("para.");
        // Only another rendering (another file) can repeat a point; within one document, similar
        // wording is two points (on ALQAC, 589 article pairs of one law overlap this much).
        return samePoint
                || (!earlier.sourceFile().equals(later.sourceFile())
                        && earlier.document().language().equals(later.document().language())
                        && Words.overlap(Words.of(earlier.text()), Words.of(later.text())) >= SAME_TEXT_OVERLAP);
    }

    /** Section and part ("6~2"): the passage id without its file. */
    private static String pointOf(Passage passage) {
        return passage.id().substring(passage.id().indexOf('#') + 1);
    }

    /** The asker's language first; else English, the language most officials read after their own. */
    private static boolean prefers(ScoredPassage candidate, ScoredPassage kept, String language) {
        return candidate.passage().document().readability(language)
                < kept.passage().document().readability(language);
    }
}
