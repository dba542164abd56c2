package org.standingoffice.search.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.TypingHabits;
import org.standingoffice.search.PassageMatch;
import org.standingoffice.search.QuestionReading;
import org.standingoffice.search.QuestionVocabulary;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievalSignals;
import org.standingoffice.search.RetrievedPassage;
import org.standingoffice.search.SearchProperties;

/**
 * Retrieval over one {@link LucenePassageIndex}: the lexical ranking, scored by reciprocal rank,
 * then folded across renderings of the same point, scored for coverage, and cached until the index
 * changes. There is no vector ranking: the English embedding model it had (all-MiniLM-L6-v2) did not
 * help on the labelled questions (R@1 of English questions .733 with it, .771 without; R@5 .933 and
 * .924; the same share drafted) and cost a third of the jar and its memory (issue 20, README).
 */
final class SearchEngine {

    /** {@code generation}: a result computed while the index changed is never served after the change. */
    private record CacheKey(String question, int top, long generation) {}

    private final LucenePassageIndex index;
    private final QuestionParser parser;
    private final QuestionReader reader;
    private final LexicalQueries lexical;
    private final TermCoverage coverage = new TermCoverage();
    private final VocabularyCount vocabularies = new VocabularyCount();
    private final SearchProperties properties;
    private final Cache<CacheKey, RetrievalResult> cache;
    private final AtomicLong generation = new AtomicLong();
    private volatile Glossary glossary = Glossary.empty();
    private volatile ReadingRules rules = ReadingRules.none();

    /** A search engine for the command line, where the machine's date is today's. */
    public SearchEngine(LucenePassageIndex index, QuestionLanguage languages, SearchProperties properties) {
        this(index, languages, properties, LocalDate::now, name -> false);
    }

    /**
     * @param today the office's date, the year of a date asked without one
     * @param isProvince whether a run of words names a province, in any spelling people use
     */
    public SearchEngine(
            LucenePassageIndex index,
            QuestionLanguage languages,
            SearchProperties properties,
            Supplier<LocalDate> today,
            Predicate<String> isProvince) {
        this.index = index;
        this.parser = new QuestionParser(languages, today);
        this.reader = new QuestionReader(languages, properties.reading(), isProvince);
        this.lexical = new LexicalQueries(properties.lexical());
        this.properties = properties;
        this.cache = Caffeine.newBuilder().maximumSize(properties.cacheSize()).build();
    }

    /** Takes a new glossary and forgets cached results: call after every index commit. */
    public void indexChanged(Glossary newGlossary) {
        indexChanged(newGlossary, TypingHabits.none());
    }

    /**
     * Takes a new glossary and typing habits, rebuilds the vocabulary questions are read with from
     * the index, and forgets cached results: call after every index commit.
     */
    public void indexChanged(Glossary newGlossary, TypingHabits habits) {
        this.glossary = newGlossary;
        this.rules = index.withSearcher(
                searcher -> ReadingRules.build(habits, newGlossary, searcher.getIndexReader(), properties.reading()));
        // A search running across this change would put its old result back into a cleared cache
        // (Caffeine does not discard loads in flight); a new generation makes that entry unreachable.
        generation.incrementAndGet();
        cache.invalidateAll();
        coverage.indexChanged();
    }

    public RetrievalResult retrieve(String question, int top) {
        if (question == null || question.isBlank()) {
            return new RetrievalResult("", "und", List.of(), 0, QuestionReading.plain("", "und"));
        }
        return cache.get(
                new CacheKey(question.strip(), top, generation.get()), key -> search(key.question(), key.top()));
    }

    /**
     * The ids of the best passages by the plain BM25 query alone, scored with Lucene's default BM25
     * rather than the index's own: the benchmark's baseline.
     */
    public List<String> bare(String question, int top) {
        ParsedQuestion parsed = parser.parse(question, glossary);
        return index.withSearcher(searcher -> {
            IndexSearcher plain = new IndexSearcher(searcher.getIndexReader());
            StoredFields stored = plain.storedFields();
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : plain.search(lexical.bare(parsed), top).scoreDocs) {
                ids.add(stored.document(hit.doc).get(PassageDocuments.ID));
            }
            return ids;
        });
    }

    private RetrievalResult search(String question, int top) {
        return index.withSearcher(searcher -> {
            QuestionReading reading = reader.read(question, rules, searcher.getIndexReader());
            ParsedQuestion parsed = parser.parse(reading, glossary);
            ScoreDoc[] lexicalHits = searcher.search(lexical.build(parsed), properties.candidates()).scoreDocs;
            List<ScoredPassage> ranked = load(searcher, reciprocalRanks(lexicalHits));
            List<ScoredPassage> best = Renderings.foldDuplicates(ranked, parsed.language(), top);
            TermCoverage.QuestionTerms terms = coverage.terms(parsed, searcher.getIndexReader());
            QuestionVocabulary vocabulary =
                    vocabularies.of(reading.normalised(), parsed, glossary, searcher.getIndexReader());
            List<TermCoverage.Covered> covered = coverage.covered(
                    terms, best.stream().map(ScoredPassage::passage).toList());
            List<TermCoverage.OwnDocument> ownDocument = coverage.ownDocument(
                    terms, best.stream().map(ScoredPassage::passage).toList(), searcher);
            LexicalStanding standing = LexicalStanding.of(lexicalHits, searcher.storedFields());
            List<String> points = Renderings.points(best, ranked);
            List<RetrievedPassage> passages = new ArrayList<>();
            for (int i = 0; i < best.size(); i++) {
                TermCoverage.Covered match = covered.get(i);
                passages.add(new RetrievedPassage(
                        best.get(i).passage(),
                        best.get(i).score(),
                        match.all(),
                        new PassageMatch(
                                match.known(),
                                match.named(),
                                standing.share(best.get(i).passage()),
                                match.phrases(),
                                match.missing(),
                                match.headingInQuestion(),
                                match.questionInHeading(),
                                match.titleInQuestion(),
                                match.citesSection(),
                                ownDocument.get(i).coverage(),
                                ownDocument.get(i).paragraphCoverage(),
                                match.concepts()),
                        points.get(i)));
            }
            // Ranking stays with fusion (re-ranking by coverage lost R@1 on ALQAC: .736 against
            // .811); coverage decides only whether any of the top passages answers at all.
            double bestCoverage = covered.stream()
                    .mapToDouble(TermCoverage.Covered::all)
                    .max()
                    .orElse(0);
            double confidence = passages.isEmpty() ? 0 : calibrated(bestCoverage);
            RetrievalSignals signals = passages.isEmpty()
                    ? RetrievalSignals.none(vocabulary)
                    : new RetrievalSignals(
                            terms.unknownShare(),
                            terms.unknownWords(),
                            terms.named(),
                            standing.overCorpus(),
                            standing.overOwnDocument(best.get(0).passage()),
                            best.size() < 2
                                    ? standing.share(best.get(0).passage())
                                    : Math.max(
                                            0,
                                            standing.share(best.get(0).passage())
                                                    - standing.share(best.get(1).passage())),
                            Renderings.count(ranked, best.get(0).passage()),
                            terms.phrases().size(),
                            vocabulary);
            return new RetrievalResult(question, parsed.language(), passages, confidence, reading, signals);
        });
    }

    /** A passage's score is 1 / (k + rank): comparable across questions, unlike raw BM25. */
    private Map<Integer, Double> reciprocalRanks(ScoreDoc[] hits) {
        Map<Integer, Double> scores = new HashMap<>();
        for (int rank = 0; rank < hits.length; rank++) {
            scores.merge(hits[rank].doc, 1.0 / (properties.rrfK() + rank + 1), Double::sum);
        }
        return scores;
    }

    private static List<ScoredPassage> load(IndexSearcher searcher, Map<Integer, Double> fused) throws IOException {
        StoredFields stored = searcher.storedFields();
        Map<Integer, Double> ordered = new LinkedHashMap<>();
        fused.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                .forEachOrdered(entry -> ordered.put(entry.getKey(), entry.getValue()));
        List<ScoredPassage> passages = new ArrayList<>();
        for (Map.Entry<Integer, Double> entry : ordered.entrySet()) {
            Passage passage = PassageDocuments.toPassage(stored.document(entry.getKey()));
            passages.add(new ScoredPassage(passage, entry.getValue()));
        }
        return passages;
    }

    private double calibrated(double coverage) {
        SearchProperties.Confidence curve = properties.confidence();
        return 1 / (1 + Math.exp(-curve.slope() * (coverage - curve.midpoint())));
    }
}
