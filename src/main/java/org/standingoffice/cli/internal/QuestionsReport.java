package org.standingoffice.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.standingoffice.search.QuestionVocabulary;

/**
 * The figures of a labelled run, per slice (all items, each group, each language, each way of
 * typing): recall at 1/3/5 of the answerable items, what share of them got a draft and how many
 * drafts hold the evidence, what share of the unanswerable ones were escalated, false escalations,
 * quote integrity, and calibration (expected calibration error; a reliability table overall).
 */
final class QuestionsReport {

    private static final int BUCKETS = 10;

    /** The figures of one slice; shares are NaN where the slice has no items to divide by. */
    record Slice(
            String name,
            int items,
            int answerable,
            double recallAt1,
            double recallAt3,
            double recallAt5,
            double drafted,
            double evidenceInDrafts,
            int unanswerable,
            double escalated,
            int falseEscalations,
            double quotesVerbatim,
            double ece,
            Vocabulary vocabulary) {}

    /**
     * The content words of a slice's questions as read, pooled over its items: how many, the share
     * a glossary concept maps (to passages in any language), plain and IDF-weighted, and the share
     * the index knows as they are. Shares are NaN where there are no words.
     */
    record Vocabulary(int words, double glossary, double glossaryIdf, double index, double indexIdf) {

        static Vocabulary of(List<LabelledRun.Outcome> outcomes) {
            QuestionVocabulary pooled = outcomes.stream()
                    .map(outcome -> outcome.assisted().retrieval().signals().vocabulary())
                    .reduce(QuestionVocabulary.none(), QuestionVocabulary::plus);
            return new Vocabulary(
                    pooled.words(),
                    pooled.mappedShare(),
                    pooled.mappedWeightedShare(),
                    pooled.knownShare(),
                    pooled.knownWeightedShare());
        }
    }

    /** One confidence bucket: how many outcomes, their mean confidence, and the share right. */
    record Bucket(double from, double to, int count, double meanConfidence, double right) {}

    private final List<LabelledRun.Outcome> outcomes;
    private final double threshold;

    QuestionsReport(List<LabelledRun.Outcome> outcomes, double threshold) {
        this.outcomes = List.copyOf(outcomes);
        this.threshold = threshold;
    }

    List<Slice> slices() {
        List<Slice> slices = new ArrayList<>();
        slices.add(slice("all", outcome -> true));
        add(slices, "group ", outcome -> outcome.item().group());
        add(slices, "lang ", outcome -> outcome.item().language());
        add(slices, "typed ", outcome -> outcome.item().typing());
        return slices;
    }

    private void add(List<Slice> slices, String prefix, Function<LabelledRun.Outcome, String> key) {
        Map<String, Boolean> names = new TreeMap<>();
        outcomes.forEach(outcome -> names.put(key.apply(outcome), true));
        names.keySet()
                .forEach(name -> slices.add(
                        slice(prefix + name, outcome -> key.apply(outcome).equals(name))));
    }

    Slice slice(String name, Predicate<LabelledRun.Outcome> in) {
        List<LabelledRun.Outcome> all = outcomes.stream().filter(in).toList();
        List<LabelledRun.Outcome> answerable =
                all.stream().filter(outcome -> outcome.item().answerable()).toList();
        List<LabelledRun.Outcome> unanswerable =
                all.stream().filter(outcome -> !outcome.item().answerable()).toList();
        List<LabelledRun.Outcome> answeredDrafts =
                answerable.stream().filter(LabelledRun.Outcome::drafted).toList();
        List<LabelledRun.Outcome> drafts =
                all.stream().filter(LabelledRun.Outcome::drafted).toList();
        return new Slice(
                name,
                all.size(),
                answerable.size(),
                share(answerable, outcome -> outcome.evidenceRank() == 1),
                share(answerable, outcome -> outcome.evidenceRank() >= 1 && outcome.evidenceRank() <= 3),
                share(answerable, outcome -> outcome.evidenceRank() >= 1 && outcome.evidenceRank() <= 5),
                share(answerable, LabelledRun.Outcome::drafted),
                share(answeredDrafts, LabelledRun.Outcome::draftHasEvidence),
                unanswerable.size(),
                share(unanswerable, outcome -> !outcome.drafted()),
                (int) answerable.stream().filter(outcome -> !outcome.drafted()).count(),
                share(drafts, LabelledRun.Outcome::quotesVerbatim),
                ece(all),
                Vocabulary.of(all));
    }

    List<Bucket> reliability() {
        List<Bucket> buckets = new ArrayList<>();
        for (int b = 0; b < BUCKETS; b++) {
            double from = (double) b / BUCKETS;
            double to = (double) (b + 1) / BUCKETS;
            int bucket = b;
            List<LabelledRun.Outcome> in = outcomes.stream()
                    .filter(outcome -> bucket(outcome) == bucket)
                    .toList();
            buckets.add(new Bucket(
                    from,
                    to,
                    in.size(),
                    in.stream()
                            .mapToDouble(LabelledRun.Outcome::confidence)
                            .average()
                            .orElse(Double.NaN),
                    share(in, LabelledRun.Outcome::right)));
        }
        return buckets;
    }

    /** Bucket-size weighted mean gap between stated confidence and the share right. */
    static double ece(List<LabelledRun.Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return Double.NaN;
        }
        double[] confidence = new double[BUCKETS];
        double[] right = new double[BUCKETS];
        for (LabelledRun.Outcome outcome : outcomes) {
            confidence[bucket(outcome)] += outcome.confidence();
            right[bucket(outcome)] += outcome.right() ? 1 : 0;
        }
        double error = 0;
        for (int b = 0; b < BUCKETS; b++) {
            error += Math.abs(confidence[b] - right[b]);
        }
        return error / outcomes.size();
    }

    private static int bucket(LabelledRun.Outcome outcome) {
        return Math.min(BUCKETS - 1, (int) (outcome.confidence() * BUCKETS));
    }

    private static double share(List<LabelledRun.Outcome> outcomes, Predicate<LabelledRun.Outcome> test) {
        return outcomes.isEmpty()
                ? Double.NaN
                : (double) outcomes.stream().filter(test).count() / outcomes.size();
    }

    void print(PrintStream out, String file, String model) {
        out.printf(
                Locale.ROOT,
                "%s: %d questions; decision model %s, threshold %.3f%n",
                file,
                outcomes.size(),
                model,
                threshold);
        out.println();
        out.printf(
                Locale.ROOT,
                "%-24s %5s %5s %5s %5s %5s %7s %7s %5s %7s %6s %6s %5s%n",
                "",
                "items",
                "answ",
                "R@1",
                "R@3",
                "R@5",
                "drafted",
                "evid.",
                "unans",
                "escal.",
                "false",
                "quotes",
                "ECE");
        for (Slice slice : slices()) {
            out.printf(
                    Locale.ROOT,
                    "%-24s %5d %5d %5s %5s %5s %7s %7s %5d %7s %6d %6s %5s%n",
                    slice.name(),
                    slice.items(),
                    slice.answerable(),
                    cell(slice.recallAt1()),
                    cell(slice.recallAt3()),
                    cell(slice.recallAt5()),
                    cell(slice.drafted()),
                    cell(slice.evidenceInDrafts()),
                    slice.unanswerable(),
                    cell(slice.escalated()),
                    slice.falseEscalations(),
                    cell(slice.quotesVerbatim()),
                    cell(slice.ece()));
        }
        out.println();
        out.println("answ: answerable items; R@k: share of them with an evidence passage in the first k;"
                + " drafted: share of them drafted;");
        out.println("evid.: share of their drafts containing the evidence; escal.: share of unanswerable items"
                + " escalated; false: answerable items escalated;");
        out.println("quotes: share of all drafts whose «quotes» are verbatim; ECE: expected calibration error"
                + " (10 buckets; right = evidence in the quoted passages).");
        printVocabulary(out);
        Slice all = slice("all", outcome -> true);
        out.println();
        out.printf(
                Locale.ROOT,
                "Operating point: %s of unanswerable questions escalated (target >= 0.980), %d false escalations"
                        + " of %d answerable%n",
                cell(all.escalated()),
                all.falseEscalations(),
                all.answerable());
        out.println();
        out.println("Reliability (all items)");
        out.printf(Locale.ROOT, "%-10s %6s %10s %7s%n", "confidence", "items", "mean conf.", "right");
        for (Bucket bucket : reliability()) {
            out.printf(
                    Locale.ROOT,
                    "%.1f-%.1f    %6d %10s %7s%n",
                    bucket.from(),
                    bucket.to(),
                    bucket.count(),
                    cell(bucket.meanConfidence()),
                    cell(bucket.right()));
        }
    }

    private void printVocabulary(PrintStream out) {
        out.println();
        out.println("Vocabulary: content words of the questions as read (question words, dates and numbers left out)");
        out.printf(Locale.ROOT, "%-24s %6s %8s %8s %8s %8s%n", "", "words", "glossary", "gl. IDF", "index", "ix. IDF");
        for (Slice slice : slices()) {
            Vocabulary vocabulary = slice.vocabulary();
            out.printf(
                    Locale.ROOT,
                    "%-24s %6d %8s %8s %8s %8s%n",
                    slice.name(),
                    vocabulary.words(),
                    cell(vocabulary.glossary()),
                    cell(vocabulary.glossaryIdf()),
                    cell(vocabulary.index()),
                    cell(vocabulary.indexIdf()));
        }
        out.println("glossary: share of them a glossary concept maps (so they match passages in any language);"
                + " index: share some passage contains as they are;");
        out.println("IDF: the same shares weighted by each word's rarity in the index (an unseen word weighs most).");
    }

    Map<String, Object> json(String file, String model) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file);
        json.put("model", model);
        json.put("threshold", threshold);
        json.put("slices", slices());
        json.put("reliability", reliability());
        json.put(
                "items",
                outcomes.stream()
                        .map(outcome -> {
                            Map<String, Object> item = new LinkedHashMap<>();
                            item.put("id", outcome.item().id());
                            item.put("group", outcome.item().group());
                            item.put("expect", outcome.item().answerable() ? "answer" : "escalate");
                            item.put("decision", outcome.drafted() ? "answer" : "escalate");
                            item.put("confidence", Math.round(outcome.confidence() * 10000) / 10000.0);
                            item.put("evidence_rank", outcome.evidenceRank());
                            item.put("draft_has_evidence", outcome.draftHasEvidence());
                            item.put("quotes_verbatim", outcome.quotesVerbatim());
                            item.put(
                                    "vocabulary",
                                    outcome.assisted().retrieval().signals().vocabulary());
                            item.put(
                                    "reasons",
                                    outcome.assisted().assessment().reasons().stream()
                                            .map(reason ->
                                                    Map.of("kind", reason.kind().messageKey(), "terms", reason.terms()))
                                            .toList());
                            return item;
                        })
                        .toList());
        return json;
    }

    private static String cell(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
