package org.standingoffice.drafting.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievedPassage;

/**
 * Which retrieved passages a draft quotes, in the retriever's order, each point once in the
 * rendering {@link Points} prefers: the first-ranked one that is not a lead-in, and the others only
 * when they cover about as much of the question as the best one (the first-ranked is not always the
 * one that answers, nor is the best-covering one) and name every figure the question and the first
 * share: asked about "Kết luận 183", a first quote from 183-KL/TW is not followed by a meeting of
 * another conclusion. The drafter
 * quotes them, and the decision asks of them whether a draft would carry what the question asks for.
 *
 * @param max how many passages a draft quotes at most
 * @param related the share of the best coverage a further passage needs to be quoted
 */
record QuotedPassages(int max, double related) {

    List<RetrievedPassage> of(RetrievalResult result) {
        // A point found in two renderings (a summary and a translation) is quoted once.
        List<RetrievedPassage> passages = Points.onePerPoint(result.passages(), result.language());
        double baseline = answeringCoverage(passages);
        Set<String> asked = NamedFigures.keys(result.question());
        List<RetrievedPassage> quoted = new ArrayList<>();
        Set<String> shared = Set.of();
        for (RetrievedPassage retrieved : passages) {
            if (quoted.size() == max) {
                break;
            }
            Set<String> figures = NamedFigures.of(retrieved.passage());
            boolean first = quoted.isEmpty() && !isLeadIn(retrieved.passage());
            if (first || retrieved.coverage() >= baseline * related && figures.containsAll(shared)) {
                quoted.add(retrieved);
            }
            if (first) {
                shared = new HashSet<>(asked);
                shared.retainAll(figures);
            }
        }
        return quoted;
    }

    /**
     * The coverage quoted passages are measured against: the highest among the passages that are
     * not lead-ins ("…concluded as follows:", whose content is in the passages after them), so a
     * lead-in does not crowd out what it introduces.
     */
    private static double answeringCoverage(List<RetrievedPassage> passages) {
        return passages.stream()
                .filter(found -> !isLeadIn(found.passage()))
                .mapToDouble(RetrievedPassage::coverage)
                .max()
                .orElse(passages.stream()
                        .mapToDouble(RetrievedPassage::coverage)
                        .max()
                        .orElse(0));
    }

    private static boolean isLeadIn(Passage passage) {
        return passage.text().strip().endsWith(":");
    }
}
