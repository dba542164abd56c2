package org.standingoffice.drafting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standingoffice.search.RetrievedPassage;

/**
 * One rendering of each document point a result found: a draft quotes a point once, not its
 * English summary and its Swedish translation side by side. The rendering in the asker's language
 * is quoted, else an English one, else the one the retriever ranked first; the point keeps the place of its first-ranked
 * rendering and the best coverage of any (each is measured on its own words, and any answering
 * means the point answers).
 */
final class Points {

    private Points() {}

    static List<RetrievedPassage> onePerPoint(List<RetrievedPassage> passages, String language) {
        Map<String, List<RetrievedPassage>> byPoint = new LinkedHashMap<>();
        for (RetrievedPassage passage : passages) {
            byPoint.computeIfAbsent(passage.point(), point -> new ArrayList<>()).add(passage);
        }
        List<RetrievedPassage> quoted = new ArrayList<>();
        for (List<RetrievedPassage> renderings : byPoint.values()) {
            if (renderings.size() == 1) {
                quoted.add(renderings.get(0));
                continue;
            }
            RetrievedPassage first = renderings.get(0);
            // The most readable rendering; the first-ranked among equals.
            RetrievedPassage chosen = renderings.stream()
                    .min(Comparator.comparingInt(
                            rendering -> rendering.passage().document().readability(language)))
                    .orElse(first);
            double coverage = renderings.stream()
                    .mapToDouble(RetrievedPassage::coverage)
                    .max()
                    .orElse(chosen.coverage());
            quoted.add(new RetrievedPassage(chosen.passage(), first.score(), coverage, chosen.match(), chosen.point()));
        }
        return quoted;
    }
}
