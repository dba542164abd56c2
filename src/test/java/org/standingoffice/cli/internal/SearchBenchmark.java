package org.standingoffice.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.search.ScratchIndex;
import org.standingoffice.search.ScratchIndexes;

/**
 * The retrieval benchmark, kept out of the product (issue 20): indexing throughput, memory and
 * retrieval latency on a synthetic Vietnamese corpus of N passages recombined from the ALQAC
 * articles, against plain BM25 on the same index — what a knowledge base far larger than today's
 * would cost. It runs only when asked for, and prints its figures:
 *
 * <pre>./mvnw -B -o -q test -Dtest=SearchBenchmark -Dbench.passages=100000 [-Dbench.dataset=DIR]</pre>
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"office.search.index-on-startup=false", "office.search.warm-up=false"})
@EnabledIfSystemProperty(named = "bench.passages", matches = "[1-9][0-9]*")
class SearchBenchmark {

    private static final int QUESTIONS = 500;
    private static final int WARM_UP_QUERIES = 200;
    private static final int DEPTH = 10;

    /** Fixed so that every run indexes the same corpus and runs stay comparable. */
    private static final long SEED = 20_240_601L;

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("office.data-dir", dataDir::toString);
    }

    @Autowired
    ScratchIndexes scratchIndexes;

    @Test
    void indexesTheSyntheticCorpusAndTimesRetrievalAgainstBareBm25() throws IOException {
        int passages = Integer.parseInt(System.getProperty("bench.passages"));
        Path dataset = Path.of(System.getProperty("bench.dataset", AlqacCorpus.DEFAULT_DIR));
        assertThat(AlqacCorpus.isIn(dataset))
                .as("a directory with law.json and questions.json: %s", dataset)
                .isTrue();
        AlqacCorpus source = AlqacCorpus.read(dataset);
        // Distinct texts only: a repeated question would be answered from the cache.
        Set<String> distinct = new LinkedHashSet<>();
        source.questions().forEach(question -> distinct.add(question.text()));
        List<String> questions = distinct.stream().limit(QUESTIONS).toList();

        long heapBefore = Heap.usedAfterFullGc();
        try (ScratchIndex index = scratchIndexes.open()) {
            SyntheticCorpus corpus = new SyntheticCorpus(source, SEED);
            long start = System.nanoTime();
            for (int added = 0; added < passages; added += SyntheticCorpus.ARTICLES_PER_DOCUMENT) {
                List<Passage> document = corpus.nextDocument(passages - added);
                index.put(document.get(0).sourceFile(), document);
            }
            index.commit();
            long buildMillis = (System.nanoTime() - start) / 1_000_000;
            int indexed = index.passageCount();

            // The JIT and Lucene's lazily loaded structures would otherwise bill the first questions.
            for (String query : source.warmUpQueries(WARM_UP_QUERIES)) {
                index.retrieve(query, DEPTH);
                index.bareSearch(query, DEPTH);
            }
            Latencies retrieve = new Latencies();
            Latencies bare = new Latencies();
            for (int i = 0; i < questions.size(); i++) {
                String question = questions.get(i);
                retrieve.timeInTurns(
                        i, () -> index.retrieve(question, DEPTH), bare, () -> index.bareSearch(question, DEPTH));
            }
            long heapAfter = Heap.usedAfterFullGc();

            System.out.printf(
                    "Synthetic corpus: %d passages recombined from the clauses of %d ALQAC articles (seed %d)%n",
                    indexed, source.articleCount(), SEED);
            System.out.printf(
                    "Index build: %.1f s, %.0f passages/s; heap after full GC %d MB (%d MB before the index was opened)%n",
                    buildMillis / 1000.0,
                    indexed * 1000.0 / Math.max(1, buildMillis),
                    Heap.megabytes(heapAfter),
                    Heap.megabytes(heapBefore));
            System.out.printf(
                    "Latency (ms; %d distinct ALQAC questions, each once, after %d warm-up queries of other text)%n",
                    questions.size(), WARM_UP_QUERIES);
            System.out.printf("%-12s %8s %8s %8s%n", "", "p50", "p95", "p99");
            row("retrieve", retrieve);
            row("bareSearch", bare);
            System.out.printf(
                    "p95 retrieve / p95 bareSearch: %.2f (target <= 3)%n",
                    retrieve.percentileMillis(95) / bare.percentileMillis(95));
            assertThat(indexed).isEqualTo(passages);
        }
    }

    private static void row(String name, Latencies latencies) {
        System.out.printf(
                "%-12s %8.2f %8.2f %8.2f%n",
                name, latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99));
    }
}
