package org.standingoffice.search.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.standingoffice.knowledge.Passage;

/**
 * How the lexical (BM25) candidates of one query stand against each other: a passage's score
 * relative to the query's best, the best relative to the mean of all candidates (the rest of the
 * corpus as far as it competes), and a passage relative to the best other passage of its own
 * file. Ratios of one query's scores, so they compare across questions where raw BM25 does not.
 */
final class LexicalStanding {

    private final Map<String, Double> scoreById;
    private final Map<String, String> fileById;
    private final double best;
    private final double mean;

    private LexicalStanding(Map<String, Double> scoreById, Map<String, String> fileById, double best, double mean) {
        this.scoreById = scoreById;
        this.fileById = fileById;
        this.best = best;
        this.mean = mean;
    }

    static LexicalStanding of(ScoreDoc[] hits, StoredFields stored) throws IOException {
        Map<String, Double> scores = new HashMap<>();
        Map<String, String> files = new HashMap<>();
        double best = 0;
        double sum = 0;
        for (ScoreDoc hit : hits) {
            Document doc = stored.document(hit.doc);
            scores.put(doc.get(PassageDocuments.ID), (double) hit.score);
            files.put(doc.get(PassageDocuments.ID), doc.get(PassageDocuments.FILE));
            best = Math.max(best, hit.score);
            sum += hit.score;
        }
        return new LexicalStanding(scores, files, best, hits.length == 0 ? 0 : sum / hits.length);
    }

    /** The passage's BM25 over the query's best, 0 when the lexical search did not find it. */
    double share(Passage passage) {
        return best == 0 ? 0 : scoreById.getOrDefault(passage.id(), 0.0) / best;
    }

    /** ln(best / mean of the candidates); 0 without candidates. */
    double overCorpus() {
        return best == 0 || mean == 0 ? 0 : Math.log(best / mean);
    }

    /**
     * 1 minus the best score of another candidate of the passage's file over the passage's own, in
     * 0–1: 1 when no other passage of its file competes, 0 when one scores as high or the passage was
     * not a lexical candidate at all.
     */
    double overOwnDocument(Passage passage) {
        double own = scoreById.getOrDefault(passage.id(), 0.0);
        if (own == 0) {
            return 0;
        }
        String file = fileById.get(passage.id());
        double other = 0;
        for (Map.Entry<String, Double> entry : scoreById.entrySet()) {
            if (!entry.getKey().equals(passage.id()) && file != null && file.equals(fileById.get(entry.getKey()))) {
                other = Math.max(other, entry.getValue());
            }
        }
        return Math.max(0, 1 - other / own);
    }
}
