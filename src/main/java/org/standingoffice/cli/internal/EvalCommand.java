package org.standingoffice.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.standingoffice.cli.CliArguments;
import org.standingoffice.cli.Command;
import org.standingoffice.drafting.Assistant;
import org.standingoffice.drafting.DraftingProperties;
import org.standingoffice.knowledge.KnowledgeBase;
import org.standingoffice.search.KnowledgeIndex;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.Retriever;
import org.standingoffice.search.ScratchIndex;
import org.standingoffice.search.ScratchIndexes;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code eval questions FILE.jsonl [--json] [--counterfactuals]}: a labelled question set through the
 * assistant, with the figures of {@link QuestionsReport}. {@code eval alqac [--dataset DIR]
 * [--questions N]}: retrieval quality, latency and calibration on the ALQAC legal questions, with
 * the service's own index and retriever against plain BM25, and the answer decision with the corpus
 * as the knowledge base. {@code eval diacritics FILE.jsonl [--details]}: how well the set's
 * Vietnamese questions typed with diacritics are read back once folded to plain ASCII ({@link
 * DiacriticsBenchmark}); {@code --details} lists the wrong restorations.
 */
@Component
class EvalCommand implements Command {

    /** The depth results are judged to, as in the ALQAC baselines. */
    private static final int DEPTH = 10;

    private static final int[] RECALL_DEPTHS = {1, 5, 10};
    private static final int WARM_UP_QUERIES = 200;

    /** Passages retrieved per question, as the desk retrieves them. */
    static final int PASSAGES = 5;

    private final ScratchIndexes scratchIndexes;
    private final Assistant assistant;
    private final KnowledgeBase knowledgeBase;
    private final KnowledgeIndex knowledgeIndex;
    private final Retriever retriever;
    private final DraftingProperties drafting;
    private final JsonMapper json = JsonMapper.builder().build();

    EvalCommand(
            ScratchIndexes scratchIndexes,
            Assistant assistant,
            KnowledgeBase knowledgeBase,
            KnowledgeIndex knowledgeIndex,
            Retriever retriever,
            DraftingProperties drafting) {
        this.scratchIndexes = scratchIndexes;
        this.assistant = assistant;
        this.knowledgeBase = knowledgeBase;
        this.knowledgeIndex = knowledgeIndex;
        this.retriever = retriever;
        this.drafting = drafting;
    }

    /** What one configuration scored, cost and took. */
    private record Run(
            String name,
            int passages,
            long buildMillis,
            long heapBefore,
            long heapAfter,
            RankingMetrics retrieved,
            RankingMetrics bare,
            Map<String, RankingMetrics> retrievedByType,
            Latencies retrieveLatency,
            Latencies bareLatency,
            Calibration calibration) {}

    @Override
    public String name() {
        return "eval";
    }

    @Override
    public boolean needsIndex() {
        return false;
    }

    @Override
    public int run(CliArguments arguments, BufferedReader in, PrintStream out) {
        if (arguments.words().size() == 2 && arguments.words().get(0).equals("questions")) {
            return questions(
                    Path.of(arguments.words().get(1)), arguments.flag("json"), arguments.flag("counterfactuals"), out);
        }
        if (arguments.words().size() == 2 && arguments.words().get(0).equals("diacritics")) {
            return diacritics(Path.of(arguments.words().get(1)), arguments.flag("details"), out);
        }
        if (!arguments.words().equals(List.of("alqac"))) {
            System.err.println(
                    "Usage: eval questions FILE.jsonl [--json] [--counterfactuals] | eval diacritics FILE.jsonl [--details]"
                            + " | eval alqac [--dataset DIR] [--questions N]");
            return 2;
        }
        Path dataset = Path.of(arguments.option("dataset", AlqacCorpus.DEFAULT_DIR));
        if (!AlqacCorpus.isIn(dataset)) {
            System.err.println("--dataset needs a directory with law.json and questions.json: " + dataset);
            return 2;
        }
        OptionalInt questionLimit = CountOption.read(arguments, "questions", Integer.MAX_VALUE);
        if (questionLimit.isEmpty()) {
            System.err.println("--questions takes a positive whole number");
            return 2;
        }
        AlqacCorpus corpus = AlqacCorpus.read(dataset);
        List<AlqacCorpus.Question> asked = corpus.questions()
                .subList(
                        0, Math.min(questionLimit.getAsInt(), corpus.questions().size()));
        try {
            Run lexical = evaluate("retrieve (service defaults)", corpus, asked, scratchIndexes);
            print(out, dataset, corpus, asked, lexical);
            printDecisions(out, AlqacDecisions.outcomes(corpus, asked, assistant, scratchIndexes, PASSAGES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    /**
     * @param counterfactuals also ask every answerable item again without the passages that answer
     *     it (group {@value LabelledQuestion#COUNTERFACTUAL}): an unanswerable item per answerable one
     */
    private int questions(Path file, boolean asJson, boolean counterfactuals, PrintStream out) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            System.err.println("no such labelled question file: " + file);
            return 2;
        }
        knowledgeIndex.reindex();
        List<LabelledQuestion> asked = LabelledQuestion.read(file);
        List<LabelledQuestion> items = counterfactuals ? LabelledQuestion.withCounterfactuals(asked) : asked;
        List<LabelledRun.Outcome> outcomes = new LabelledRun(
                        assistant, knowledgeBase, scratchIndexes, PASSAGES, drafting.maxQuotedPassages())
                .run(items);
        String model = outcomes.isEmpty()
                ? "-"
                : outcomes.get(0).assisted().assessment().model();
        double threshold = outcomes.isEmpty()
                ? Double.NaN
                : outcomes.get(0).assisted().assessment().threshold();
        QuestionsReport report = new QuestionsReport(outcomes, threshold);
        if (asJson) {
            out.println(json.writeValueAsString(report.json(file.toString(), model)));
        } else {
            report.print(out, file.toString(), model);
        }
        return 0;
    }

    private int diacritics(Path file, boolean details, PrintStream out) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            System.err.println("no such labelled question file: " + file);
            return 2;
        }
        knowledgeIndex.reindex();
        DiacriticsBenchmark.Figures figures = DiacriticsBenchmark.measure(
                LabelledQuestion.read(file),
                question -> retriever.retrieve(question, 1).reading().normalised());
        DiacriticsBenchmark.print(out, file.toString(), figures, details);
        return 0;
    }

    private static void printDecisions(PrintStream out, List<AlqacDecisions.Outcome> outcomes) {
        out.println();
        out.printf(
                "Answer decision, the corpus as the knowledge base (%d passages a question; %.0f %% of the"
                        + " questions, seed %d, asked again without their gold articles)%n",
                PASSAGES, AlqacDecisions.LEFT_OUT_SHARE * 100, AlqacDecisions.SEED);
        out.printf("%-34s %6s %8s %14s %9s %10s%n", "", "asked", "drafted", "citing gold", "left out", "escalated");
        decisionRow(out, "all questions", AlqacDecisions.figures(outcomes));
        decisionRow(
                out,
                "half calibrate never fits on",
                AlqacDecisions.figures(outcomes.stream()
                        .filter(outcome -> !outcome.forFitting())
                        .toList()));
        out.println("drafted, citing gold: shares of all questions asked of the whole corpus; escalated: share of"
                + " the left-out ones");
    }

    private static void decisionRow(PrintStream out, String name, AlqacDecisions.Figures figures) {
        out.printf(
                "%-34s %6d %8.3f %14.3f %9d %10.3f%n",
                name,
                figures.asked(),
                figures.drafted(),
                figures.draftedCitingGold(),
                figures.leftOut(),
                figures.leftOutEscalated());
    }

    private static Run evaluate(
            String name, AlqacCorpus corpus, List<AlqacCorpus.Question> asked, ScratchIndexes scratchIndexes)
            throws IOException {
        long heapBefore = Heap.usedAfterFullGc();
        try (ScratchIndex index = scratchIndexes.open()) {
            long start = System.nanoTime();
            for (AlqacCorpus.Law law : corpus.laws()) {
                index.put(law.name(), law.articles());
            }
            index.commit();
            long buildMillis = (System.nanoTime() - start) / 1_000_000;

            // The JIT and Lucene's lazily loaded structures would otherwise bill the first questions.
            for (String query : corpus.warmUpQueries(WARM_UP_QUERIES)) {
                index.retrieve(query, DEPTH);
                index.bareSearch(query, DEPTH);
            }

            RankingMetrics retrieved = new RankingMetrics(DEPTH);
            RankingMetrics bare = new RankingMetrics(DEPTH);
            Map<String, RankingMetrics> retrievedByType = new TreeMap<>();
            Latencies retrieveLatency = new Latencies();
            Latencies bareLatency = new Latencies();
            Calibration calibration = new Calibration();
            // A repeated question would be answered from the cache: only first askings are timed.
            Set<String> timed = new HashSet<>();
            for (AlqacCorpus.Question question : asked) {
                Latencies.Both<RetrievalResult, List<String>> both = timed.add(question.text())
                        ? retrieveLatency.timeInTurns(
                                timed.size(),
                                () -> index.retrieve(question.text(), DEPTH),
                                bareLatency,
                                () -> index.bareSearch(question.text(), DEPTH))
                        : new Latencies.Both<>(
                                index.retrieve(question.text(), DEPTH), index.bareSearch(question.text(), DEPTH));
                bare.add(both.other(), question.gold());
                RetrievalResult result = both.mine();
                List<String> ranking = result.passages().stream()
                        .map(passage -> passage.passage().id())
                        .toList();
                retrieved.add(ranking, question.gold());
                retrievedByType
                        .computeIfAbsent(question.type(), type -> new RankingMetrics(DEPTH))
                        .add(ranking, question.gold());
                calibration.add(
                        result.confidence(),
                        !ranking.isEmpty() && question.gold().contains(ranking.get(0)));
            }

            return new Run(
                    name,
                    index.passageCount(),
                    buildMillis,
                    heapBefore,
                    Heap.usedAfterFullGc(),
                    retrieved,
                    bare,
                    retrievedByType,
                    retrieveLatency,
                    bareLatency,
                    calibration);
        }
    }

    private static void print(
            PrintStream out, Path dataset, AlqacCorpus corpus, List<AlqacCorpus.Question> asked, Run lexical) {
        out.printf(
                "ALQAC (%s): %d of %d questions, %d articles in %d laws%n",
                dataset,
                asked.size(),
                corpus.questions().size(),
                corpus.articleCount(),
                corpus.laws().size());
        out.println();
        out.printf("Quality (R@k: share of questions with a gold article in the first k; gold missing from the"
                + " corpus counts as a miss)%n");
        out.printf("%-34s %6s %6s %6s %7s%n", "", "R@1", "R@5", "R@10", "MRR@10");
        qualityRow(out, lexical.name(), lexical.retrieved());
        qualityRow(out, "bareSearch (BM25 on syllables)", lexical.bare());
        out.printf("%-34s %6s %6s %6s %7s%n", "target: BM25 + syllable bigrams", ".802", ".940", ".958", ".860");
        out.println();
        out.println("Quality by question type (retrieve, service defaults)");
        out.printf("%-34s %6s %6s %6s %7s %9s%n", "", "R@1", "R@5", "R@10", "MRR@10", "questions");
        lexical.retrievedByType().forEach((type, metrics) -> {
            qualityCells(out, type, metrics);
            out.printf(" %9d%n", metrics.questions());
        });
        out.println();
        out.printf(
                "Latency (ms; each distinct question once, after %d warm-up queries of other text)%n", WARM_UP_QUERIES);
        out.printf("%-34s %8s %8s %8s %9s%n", "", "p50", "p95", "p99", "questions");
        latencyRow(out, lexical.name(), lexical.retrieveLatency());
        latencyRow(out, "bareSearch", lexical.bareLatency());
        out.printf(
                "p95 retrieve / p95 bareSearch: %.2f (target <= 3)%n",
                lexical.retrieveLatency().percentileMillis(95)
                        / lexical.bareLatency().percentileMillis(95));
        out.println();
        out.println("Index (heap: used after a full GC with the index open, and before it was opened)");
        out.printf(
                "%-34s %8s %10s %12s %8s %12s%n", "", "passages", "build (s)", "passages/s", "heap MB", "before (MB)");
        indexRow(out, lexical);
        out.println();
        out.println("Calibration (retrieve, service defaults)");
        lexical.calibration().print(out);
    }

    private static void qualityRow(PrintStream out, String name, RankingMetrics metrics) {
        qualityCells(out, name, metrics);
        out.println();
    }

    private static void qualityCells(PrintStream out, String name, RankingMetrics metrics) {
        out.printf("%-34s", name);
        for (int depth : RECALL_DEPTHS) {
            out.printf(" %6.3f", metrics.recallAt(depth));
        }
        out.printf(" %7.3f", metrics.meanReciprocalRank());
    }

    private static void latencyRow(PrintStream out, String name, Latencies latencies) {
        out.printf(
                "%-34s %8.2f %8.2f %8.2f %9d%n",
                name,
                latencies.percentileMillis(50),
                latencies.percentileMillis(95),
                latencies.percentileMillis(99),
                latencies.count());
    }

    private static void indexRow(PrintStream out, Run run) {
        out.printf(
                "%-34s %8d %10.1f %12.0f %8d %12d%n",
                run.name(),
                run.passages(),
                run.buildMillis() / 1000.0,
                run.passages() * 1000.0 / Math.max(1, run.buildMillis()),
                Heap.megabytes(run.heapAfter()),
                Heap.megabytes(run.heapBefore()));
    }
}
