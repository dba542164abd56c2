package org.standingoffice.cli.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.standingoffice.drafting.Assistant;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.Decision;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.search.ScratchIndex;
import org.standingoffice.search.ScratchIndexes;

/**
 * The answer decision on an ALQAC-format corpus used as the knowledge base: every question asked
 * of the whole corpus (is it drafted, does the draft cite a gold article), and a fixed, seeded share
 * of the questions asked again of the corpus without their gold articles, where the right outcome is
 * escalation. Questions are split, also seeded, into a half {@code calibrate} may fit on and a half
 * it never sees.
 */
final class AlqacDecisions {

    /** Share of the questions whose gold articles are left out. */
    static final double LEFT_OUT_SHARE = 0.2;

    static final long SEED = 2024;

    /**
     * @param leftOut asked of the corpus without its gold articles
     * @param forFitting in the half {@code calibrate} fits on
     * @param goldRank 1-based rank of the first gold article among the passages, 0 when none
     * @param citesGold the draft cites a gold article
     */
    record Outcome(
            AlqacCorpus.Question question,
            Assistant.AssistedDraft assisted,
            boolean leftOut,
            boolean forFitting,
            int goldRank,
            boolean citesGold) {

        boolean drafted() {
            return assisted.draft().decision() == Decision.ANSWER;
        }
    }

    /** Shares of {@link #outcomes}, for one half or both. */
    record Figures(int asked, double drafted, double draftedCitingGold, int leftOut, double leftOutEscalated) {}

    private AlqacDecisions() {}

    /** Asks every question of the whole corpus, then the left-out share of the reduced one. */
    static List<Outcome> outcomes(
            AlqacCorpus corpus,
            List<AlqacCorpus.Question> asked,
            Assistant assistant,
            ScratchIndexes scratchIndexes,
            int top)
            throws IOException {
        Draw draw = draw(asked);
        Set<String> leftOut = draw.leftOut();
        Set<String> forFitting = draw.forFitting();
        Set<String> removed = new HashSet<>();
        asked.stream()
                .filter(question -> leftOut.contains(question.id()))
                .forEach(question -> removed.addAll(question.gold()));

        List<Outcome> outcomes = new ArrayList<>();
        try (ScratchIndex whole = scratchIndexes.open()) {
            for (AlqacCorpus.Law law : corpus.laws()) {
                whole.put(law.name(), law.articles());
            }
            whole.commit();
            Assistant over = assistant.over(whole);
            for (AlqacCorpus.Question question : asked) {
                outcomes.add(outcome(question, over.draft(question.text(), top), false, forFitting));
            }
        }
        try (ScratchIndex reduced = scratchIndexes.open()) {
            for (AlqacCorpus.Law law : corpus.laws()) {
                List<Passage> kept = law.articles().stream()
                        .filter(article -> !removed.contains(article.id()))
                        .toList();
                reduced.put(law.name(), kept);
            }
            reduced.commit();
            Assistant over = assistant.over(reduced);
            for (AlqacCorpus.Question question : asked) {
                if (leftOut.contains(question.id())) {
                    outcomes.add(outcome(question, over.draft(question.text(), top), true, forFitting));
                }
            }
        }
        return outcomes;
    }

    /**
     * The questions of one half asked again of the corpus without their gold articles, all of them,
     * not only the left-out share: {@code folds} corpora, each without the gold articles of one fold
     * of the half (so each lacks about as many articles as {@link #outcomes}' reduced corpus), each
     * question asked of its own fold's. For the fitting half, unanswerable examples for {@code
     * calibrate}, four times as many as the left-out share gives, so the threshold of the law regime
     * does not rest on a few dozen; for the other half, a steadier measure of what is escalated on
     * questions never fitted on (written to {@code calibrate --features} only).
     */
    static List<Outcome> halfLeftOut(
            AlqacCorpus corpus,
            List<AlqacCorpus.Question> asked,
            Assistant assistant,
            ScratchIndexes scratchIndexes,
            int top,
            int folds,
            boolean fittingHalf)
            throws IOException {
        Set<String> forFitting = draw(asked).forFitting();
        List<AlqacCorpus.Question> fitting = asked.stream()
                .filter(question -> forFitting.contains(question.id()) == fittingHalf)
                .toList();
        List<Outcome> outcomes = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<AlqacCorpus.Question> inFold = new ArrayList<>();
            for (int i = fold; i < fitting.size(); i += folds) {
                inFold.add(fitting.get(i));
            }
            Set<String> removed = new HashSet<>();
            inFold.forEach(question -> removed.addAll(question.gold()));
            try (ScratchIndex reduced = scratchIndexes.open()) {
                for (AlqacCorpus.Law law : corpus.laws()) {
                    reduced.put(
                            law.name(),
                            law.articles().stream()
                                    .filter(article -> !removed.contains(article.id()))
                                    .toList());
                }
                reduced.commit();
                Assistant over = assistant.over(reduced);
                for (AlqacCorpus.Question question : inFold) {
                    outcomes.add(outcome(question, over.draft(question.text(), top), true, forFitting));
                }
            }
        }
        return outcomes;
    }

    /** The ids of the questions left out and of those in the half {@code calibrate} may fit on. */
    private record Draw(Set<String> leftOut, Set<String> forFitting) {}

    /** The seeded draw of both, the same for {@code eval} and {@code calibrate}. */
    private static Draw draw(List<AlqacCorpus.Question> asked) {
        Random random = new Random(SEED);
        List<AlqacCorpus.Question> shuffled = new ArrayList<>(asked);
        Collections.shuffle(shuffled, random);
        Set<String> leftOut = new HashSet<>();
        for (AlqacCorpus.Question question : shuffled.subList(0, (int) Math.round(LEFT_OUT_SHARE * asked.size()))) {
            leftOut.add(question.id());
        }
        Collections.shuffle(shuffled, random);
        Set<String> forFitting = new HashSet<>();
        for (AlqacCorpus.Question question : shuffled.subList(0, asked.size() / 2)) {
            forFitting.add(question.id());
        }
        return new Draw(leftOut, forFitting);
    }

    static Figures figures(List<Outcome> outcomes) {
        List<Outcome> whole =
                outcomes.stream().filter(outcome -> !outcome.leftOut()).toList();
        List<Outcome> leftOut = outcomes.stream().filter(Outcome::leftOut).toList();
        return new Figures(
                whole.size(),
                share(whole.stream().filter(Outcome::drafted).count(), whole.size()),
                share(
                        whole.stream()
                                .filter(outcome -> outcome.drafted() && outcome.citesGold())
                                .count(),
                        whole.size()),
                leftOut.size(),
                share(leftOut.stream().filter(outcome -> !outcome.drafted()).count(), leftOut.size()));
    }

    private static Outcome outcome(
            AlqacCorpus.Question question, Assistant.AssistedDraft assisted, boolean leftOut, Set<String> forFitting) {
        int rank = 0;
        List<String> ids = assisted.retrieval().passages().stream()
                .map(passage -> passage.passage().id())
                .toList();
        for (int i = 0; i < ids.size() && rank == 0; i++) {
            if (question.gold().contains(ids.get(i))) {
                rank = i + 1;
            }
        }
        boolean citesGold = false;
        for (Citation citation : assisted.draft().citations()) {
            String article = citation.section().replaceFirst("^Điều\\s+", "");
            citesGold |= question.gold().contains(AlqacCorpus.passageId(citation.document(), article));
        }
        return new Outcome(
                question, assisted, leftOut, forFitting.contains(question.id()), leftOut ? 0 : rank, citesGold);
    }

    private static double share(long count, int of) {
        return of == 0 ? Double.NaN : (double) count / of;
    }
}
