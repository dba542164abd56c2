package org.standingoffice.search.internal;

import java.util.ArrayList;
import java.util.List;
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

    private static int indexOfSame(List<ScoredPassage> kept, Passage later) {
        for (int i = 0; i < kept.size(); i++) {
            Passage earlier = kept.get(i).passage();
            if (!earlier.document().number().equals(later.document().number())) {
                continue;
            }
            boolean samePoint = pointOf(earlier).equals(pointOf(later))
                    && !earlier.section().startsWith("para.");
            // Only another rendering (another file) can repeat a point; within one document, similar
            // wording is two points (on ALQAC, 589 article pairs of one law overlap this much).
            boolean sameText = !earlier.sourceFile().equals(later.sourceFile())
                    && earlier.document().language().equals(later.document().language())
                    && Words.overlap(Words.of(earlier.text()), Words.of(later.text())) >= SAME_TEXT_OVERLAP;
            if (samePoint || sameText) {
                return i;
            }
        }
        return -1;
    }

    /** Section and part ("6~2"): the passage id without its file. */
    private static String pointOf(Passage passage) {
        return passage.id().substring(passage.id().indexOf('#') + 1);
    }

    /** The asker's language first; else English, the language most officials read after their own. */
    private static boolean prefers(ScoredPassage candidate, ScoredPassage kept, String language) {
        return preference(candidate, language) < preference(kept, language);
    }

    private static int preference(ScoredPassage passage, String language) {
        String own = passage.passage().document().language();
        return own.equals(language) ? 0 : own.equals("en") ? 1 : 2;
    }
}
