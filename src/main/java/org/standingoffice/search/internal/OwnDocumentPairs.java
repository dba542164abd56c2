package org.standingoffice.search.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

/**
 * A question's pairs of adjacent words weighted by BM25's IDF among the passages of one document
 * (one source file) rather than of the whole index: over a law, the pairs every article shares weigh
 * little, and those that tell one article from its siblings most. Pairs no passage of the document
 * has are left out.
 */
final class OwnDocumentPairs {

    private final Map<String, Double> weights;
    private final double total;

    private OwnDocumentPairs(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
        this.total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The weights of {@code pairs} (folded bigrams) among the passages of {@code file}. */
    static OwnDocumentPairs of(List<String> pairs, String file, IndexSearcher searcher) throws IOException {
        TermQuery inFile = new TermQuery(new Term(PassageDocuments.FILE, file));
        int passages = searcher.count(new BooleanQuery.Builder()
                .add(inFile, BooleanClause.Occur.FILTER)
                .add(
                        new TermQuery(new Term(PassageDocuments.KIND, PassageDocuments.PASSAGE)),
                        BooleanClause.Occur.FILTER)
                .build());
        Map<String, Double> weights = new HashMap<>();
        for (String pair : pairs) {
            int frequency = searcher.count(new BooleanQuery.Builder()
                    .add(inFile, BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(TextAnalyzers.FOLDED_BIGRAMS, pair)), BooleanClause.Occur.FILTER)
                    .build());
            if (frequency > 0) {
                weights.put(pair, Math.log(1 + (passages - frequency + 0.5) / (frequency + 0.5)));
            }
        }
        return new OwnDocumentPairs(weights);
    }

    /** Whether the document has none of the question's pairs. */
    boolean isEmpty() {
        return total == 0;
    }

    /** The weighted share of the question's pairs among {@code pairs}, 0–1; 0 when it has none. */
    double share(Set<String> pairs) {
        if (total == 0) {
            return 0;
        }
        return weights.entrySet().stream()
                        .filter(entry -> pairs.contains(entry.getKey()))
                        .mapToDouble(Map.Entry::getValue)
                        .sum()
                / total;
    }
}
