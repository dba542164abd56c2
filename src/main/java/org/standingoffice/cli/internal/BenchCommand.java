package org.standingoffice.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.standingoffice.cli.CliArguments;
import org.standingoffice.cli.Command;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.search.SearchProperties;
import org.standingoffice.search.StandaloneIndex;

/**
 * {@code bench [--passages N] [--dataset DIR]}: indexing throughput, memory and retrieval latency
 * on a synthetic Vietnamese corpus of N passages, against plain BM25 on the same index — what a
 * knowledge base far larger than today's would cost.
 */
@Component
class BenchCommand implements Command {

    private static final int DEFAULT_PASSAGES = 100_000;
    private static final int QUESTIONS = 500;
    private static final int WARM_UP_QUERIES = 200;
    private static final int DEPTH = 10;

    /** Fixed so that every run indexes the same corpus and runs stay comparable. */
    private static final long SEED = 20_240_601L;

    private final SearchProperties properties;

    BenchCommand(SearchProperties properties) {
        this.properties = properties;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public boolean needsIndex() {
        return false;
    }

    @Override
    public int run(CliArguments arguments, BufferedReader in, PrintStream out) {
        OptionalInt passages = CountOption.read(arguments, "passages", DEFAULT_PASSAGES);
        if (passages.isEmpty()) {
            System.err.println("--passages takes a positive whole number");
            return 2;
        }
        Path dataset = Path.of(arguments.option("dataset", AlqacCorpus.DEFAULT_DIR));
        if (!AlqacCorpus.isIn(dataset)) {
            System.err.println("--dataset needs a directory with law.json and questions.json: " + dataset);
            return 2;
        }
        AlqacCorpus source = AlqacCorpus.read(dataset);
        // Distinct texts only: a repeated question would be answered from the cache.
        Set<String> distinct = new LinkedHashSet<>();
        source.questions().forEach(question -> distinct.add(question.text()));
        List<String> questions = distinct.stream().limit(QUESTIONS).toList();
        try {
            bench(source, passages.getAsInt(), questions, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    private void bench(AlqacCorpus source, int passages, List<String> questions, PrintStream out) throws IOException {
        long heapBefore = Heap.usedAfterFullGc();
        try (ScratchIndex scratch = ScratchIndex.open(properties)) {
            StandaloneIndex index = scratch.index();
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

            out.printf(
                    "Synthetic corpus: %d passages recombined from the clauses of %d ALQAC articles (seed %d)%n",
                    indexed, source.articleCount(), SEED);
            out.printf(
                    "Index build: %.1f s, %.0f passages/s; heap after full GC %d MB (%d MB before the index was opened)%n",
                    buildMillis / 1000.0,
                    indexed * 1000.0 / Math.max(1, buildMillis),
                    Heap.megabytes(heapAfter),
                    Heap.megabytes(heapBefore));
            out.println();
            out.printf(
                    "Latency (ms; %d distinct ALQAC questions, each once, after %d warm-up queries of other text)%n",
                    questions.size(), WARM_UP_QUERIES);
            out.printf("%-12s %8s %8s %8s%n", "", "p50", "p95", "p99");
            row(out, "retrieve", retrieve);
            row(out, "bareSearch", bare);
            out.printf(
                    "p95 retrieve / p95 bareSearch: %.2f (target <= 3)%n",
                    retrieve.percentileMillis(95) / bare.percentileMillis(95));
        }
    }

    private static void row(PrintStream out, String name, Latencies latencies) {
        out.printf(
                "%-12s %8.2f %8.2f %8.2f%n",
                name, latencies.percentileMillis(50), latencies.percentileMillis(95), latencies.percentileMillis(99));
    }
}
