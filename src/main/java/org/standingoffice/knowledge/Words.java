package org.standingoffice.knowledge;

import java.util.HashSet;
import java.util.Set;

/**
 * Texts as sets of folded words, and how much two such sets overlap: the one way the service
 * compares short texts without a model (renderings of a point, repeated questions, knowledge
 * gaps).
 */
public final class Words {

    private Words() {}

    /** The distinct words of {@code text}, folded as {@link Glossary#fold} folds them. */
    public static Set<String> of(String text) {
        Set<String> words = new HashSet<>();
        for (String word : Glossary.fold(text).split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Jaccard overlap, 0–1: shared words over all words; 0 when either set is empty. */
    public static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String word : a) {
            if (b.contains(word)) {
                shared++;
            }
        }
        return (double) shared / (a.size() + b.size() - shared);
    }
}
