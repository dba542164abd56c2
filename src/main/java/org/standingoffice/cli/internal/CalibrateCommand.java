package org.standingoffice.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.standingoffice.cli.CliArguments;
import org.standingoffice.cli.Command;
import org.standingoffice.drafting.Assistant;
import org.standingoffice.drafting.DecisionTraining;
import org.standingoffice.drafting.DraftingProperties;
import org.standingoffice.knowledge.KnowledgeBase;
import org.standingoffice.search.KnowledgeIndex;
import org.standingoffice.search.ScratchIndexes;

/**
 * {@code calibrate FILE.jsonl... [--alqac DIR|none] [--out FILE] [--seed N] [--dry-run]}: fits the
 * answer decision to labelled questions (run through the assistant exactly as {@code eval
 * questions} runs them) and, unless {@code none}, to the half of an ALQAC-format set that {@code
 * eval alqac} marks for fitting (its left-out questions as unanswerable examples), and writes the
 * model file. A file whose name says it is held out is refused: held-out figures must stay honest.
 */
@Component
class CalibrateCommand implements Command {

    static final String DEFAULT_OUT = "src/main/resources/drafting/decision-model.json";

    /**
     * Into how many folds the ALQAC fitting half is cut to be asked without its gold articles: each
     * reduced corpus lacks the articles of a fifth of the half, about as many as {@code eval alqac}'s
     * left-out share removes.
     */
    static final int LEFT_OUT_FOLDS = 5;

    private final Assistant assistant;
    private final KnowledgeBase knowledgeBase;
    private final KnowledgeIndex knowledgeIndex;
    private final ScratchIndexes scratchIndexes;
    private final DraftingProperties drafting;
    private final DecisionTraining training;

    CalibrateCommand(
            Assistant assistant,
            KnowledgeBase knowledgeBase,
            KnowledgeIndex knowledgeIndex,
            ScratchIndexes scratchIndexes,
            DraftingProperties drafting,
            DecisionTraining training) {
        this.assistant = assistant;
        this.knowledgeBase = knowledgeBase;
        this.knowledgeIndex = knowledgeIndex;
        this.scratchIndexes = scratchIndexes;
        this.drafting = drafting;
        this.training = training;
    }

    @Override
    public String name() {
        return "calibrate";
    }

    @Override
    public boolean needsIndex() {
        return false;
    }

    @Override
    public int run(CliArguments arguments, BufferedReader in, PrintStream out) {
        List<Path> files = arguments.words().stream().map(Path::of).toList();
        String alqac = arguments.option("alqac", AlqacCorpus.DEFAULT_DIR);
        if (files.isEmpty() && alqac.equals("none")) {
            System.err.println("Usage: calibrate FILE.jsonl... [--alqac DIR|none] [--out FILE] [--seed N] [--dry-run]");
            return 2;
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                System.err.println("no such labelled question file: " + file);
                return 2;
            }
            if (file.getFileName().toString().contains("heldout")) {
                System.err.println("refusing to fit on a held-out file: " + file);
                return 2;
            }
        }
        if (!alqac.equals("none") && !AlqacCorpus.isIn(Path.of(alqac))) {
            System.err.println("--alqac needs a directory with law.json and questions.json, or none: " + alqac);
            return 2;
        }
        long seed;
        try {
            seed = Long.parseLong(arguments.option("seed", "7"));
        } catch (NumberFormatException e) {
            System.err.println("--seed takes a whole number");
            return 2;
        }
        List<DecisionTraining.Example> examples = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<DecisionTraining.Example> unfitted = new ArrayList<>();
        List<String> unfittedSources = new ArrayList<>();
        if (!files.isEmpty()) {
            knowledgeIndex.reindex();
            LabelledRun run = new LabelledRun(
                    assistant, knowledgeBase, scratchIndexes, EvalCommand.PASSAGES, drafting.maxQuotedPassages());
            List<LabelledQuestion> items = new ArrayList<>();
            for (Path file : files) {
                List<LabelledQuestion> asked = LabelledQuestion.read(file);
                // Each answerable question again without the passages that answer it: unanswerable
                // examples as close to the answerable ones as they come.
                List<LabelledQuestion> withCounterfactuals = LabelledQuestion.withCounterfactuals(asked);
                items.addAll(withCounterfactuals);
                out.printf(
                        "%s: %d questions, %d counterfactual%n",
                        file, asked.size(), withCounterfactuals.size() - asked.size());
            }
            // Across files: two writers' questions about one point fall in one fold.
            Map<String, String> units = run.answeringUnits(items);
            for (LabelledRun.Outcome outcome : run.run(items)) {
                LabelledQuestion item = outcome.item();
                examples.add(new DecisionTraining.Example(
                        outcome.assisted().retrieval(),
                        outcome.right(),
                        !item.answerable(),
                        item.isCounterfactual(),
                        units.get(item.id())));
                sources.add(item.group() + "," + item.id());
            }
            out.printf("%d answering units%n", new HashSet<>(units.values()).size());
        }
        if (!alqac.equals("none")) {
            int before = examples.size();
            try {
                AlqacCorpus corpus = AlqacCorpus.read(Path.of(alqac));
                List<AlqacDecisions.Outcome> outcomes = new ArrayList<>(AlqacDecisions.outcomes(
                        corpus, corpus.questions(), assistant, scratchIndexes, EvalCommand.PASSAGES));
                // The fitting half's left-out share is replaced by the whole fitting half left out,
                // fold by fold: four times the unanswerable examples for the same questions.
                wholeHalfLeftOut(outcomes, corpus, true);
                if (arguments.options().containsKey("features")) {
                    // The other half, every question left out, for inspection only: never fitted on.
                    wholeHalfLeftOut(outcomes, corpus, false);
                }
                for (AlqacDecisions.Outcome outcome : outcomes) {
                    // Right: the draft these passages give cites a gold article, which is what eval
                    // counts (a gold article ranked third but not quoted does not make a right draft).
                    boolean right = !outcome.leftOut() && outcome.citesGold();
                    // A question and its left-out variant fall in one fold.
                    DecisionTraining.Example example = new DecisionTraining.Example(
                            outcome.assisted().retrieval(),
                            right,
                            outcome.leftOut(),
                            false,
                            "alqac-" + outcome.question().id());
                    String source = (outcome.leftOut() ? "alqac-left-out" : "alqac")
                            + (outcome.forFitting() ? "," : "-unfitted,")
                            + outcome.question().id();
                    if (outcome.forFitting()) {
                        examples.add(example);
                        sources.add(source);
                    } else {
                        // Written to the features file for inspection only, never fitted on.
                        unfitted.add(example);
                        unfittedSources.add(source);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.printf("%s: %d examples (the half marked for fitting)%n", alqac, examples.size() - before);
        }
        if (arguments.options().containsKey("features")) {
            List<DecisionTraining.Example> written = new ArrayList<>(examples);
            written.addAll(unfitted);
            List<String> writtenSources = new ArrayList<>(sources);
            writtenSources.addAll(unfittedSources);
            writeFeatures(Path.of(arguments.option("features", "")), written, writtenSources);
        }
        DecisionTraining.Fitted fitted = training.fit(examples, seed);
        out.printf("fitted %s on %d examples: threshold %.4f%n", fitted.version(), examples.size(), fitted.threshold());
        fitted.fittedOn().forEach((key, value) -> out.printf("  %s: %s%n", key, value));
        if (arguments.flag("dry-run")) {
            return 0;
        }
        Path target = Path.of(arguments.option("out", DEFAULT_OUT));
        try {
            Files.writeString(target, fitted.json() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.printf("wrote %s%n", target);
        return 0;
    }

    /**
     * One CSV line per example: where it came from, the answering unit it shares a fold with, its
     * labels, its regime and its features (enough to redo the cross-validation offline).
     */
    private void writeFeatures(Path file, List<DecisionTraining.Example> examples, List<String> sources) {
        StringBuilder csv = new StringBuilder("group,id,unit,counterfactual,right,unanswerable,regime,"
                + String.join(",", training.featureNames()) + "\n");
        for (int i = 0; i < examples.size(); i++) {
            DecisionTraining.Example example = examples.get(i);
            csv.append(sources.get(i).replace("\n", " "))
                    .append(',')
                    .append(example.group() == null ? "" : example.group().replace(',', ' '))
                    .append(',')
                    .append(example.counterfactual() ? 1 : 0)
                    .append(',')
                    .append(example.right() ? 1 : 0)
                    .append(',')
                    .append(example.unanswerable() ? 1 : 0)
                    .append(',')
                    .append(training.regime(example.result()));
            for (double value : training.features(example.result())) {
                csv.append(',').append(value);
            }
            csv.append('\n');
        }
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces one half's left-out questions by that whole half asked without its gold articles. */
    private void wholeHalfLeftOut(List<AlqacDecisions.Outcome> outcomes, AlqacCorpus corpus, boolean fitting)
            throws IOException {
        outcomes.removeIf(outcome -> outcome.leftOut() && outcome.forFitting() == fitting);
        outcomes.addAll(AlqacDecisions.halfLeftOut(
                corpus, corpus.questions(), assistant, scratchIndexes, EvalCommand.PASSAGES, LEFT_OUT_FOLDS, fitting));
    }
}
