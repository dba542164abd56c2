package org.standingoffice.drafting.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standingoffice.drafting.Assistant;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievedPassage;
import org.standingoffice.search.Retriever;

/**
 * Retrieves with the question and, when a model is configured, with the model's rewrite of it,
 * then drafts from the merged passages. Screened questions are never rewritten: a prompt-injection
 * attempt does not reach the model even as a search query.
 */
final class RetrievingAssistant implements Assistant {

    private final Retriever retriever;
    private final GuardedDrafter drafter;
    private final QuestionScreen screen;
    private final Optional<QueryRewriter> rewriter;

    RetrievingAssistant(
            Retriever retriever, GuardedDrafter drafter, QuestionScreen screen, Optional<QueryRewriter> rewriter) {
        this.retriever = retriever;
        this.drafter = drafter;
        this.screen = screen;
        this.rewriter = rewriter;
    }

    @Override
    public AssistedDraft draft(String question, int top) {
        RetrievalResult original = retriever.retrieve(question, top);
        RetrievalResult merged = original;
        if (rewriter.isPresent()
                && !question.isBlank()
                && screen.check(question).isEmpty()) {
            merged = rewriter.get()
                    .rewrite(question, original.language())
                    .map(query -> merge(original, retriever.retrieve(query, top), top))
                    .orElse(original);
        }
        GuardedDrafter.Assessed assessed = drafter.assessed(merged);
        return new AssistedDraft(merged, assessed.draft(), assessed.assessment());
    }

    @Override
    public Assistant over(Retriever other) {
        return new RetrievingAssistant(other, drafter, screen, rewriter);
    }

    /**
     * Both queries' passages, alternating and starting with the more confident query's best, one
     * per document point. Scores of two queries are not comparable, ranks are; the confidence is
     * the higher one, since either query finding the answer is enough.
     */
    static RetrievalResult merge(RetrievalResult original, RetrievalResult rewritten, int top) {
        boolean rewrittenFirst = rewritten.confidence() > original.confidence();
        List<RetrievedPassage> first = rewrittenFirst ? rewritten.passages() : original.passages();
        List<RetrievedPassage> second = rewrittenFirst ? original.passages() : rewritten.passages();
        List<RetrievedPassage> passages = new ArrayList<>();
        Set<String> points = new HashSet<>();
        for (int i = 0; i < Math.max(first.size(), second.size()) && passages.size() < top; i++) {
            for (List<RetrievedPassage> list : List.of(first, second)) {
                if (i < list.size() && passages.size() < top) {
                    Passage passage = list.get(i).passage();
                    if (points.add(passage.document().number() + "\u0000" + passage.section())) {
                        passages.add(list.get(i));
                    }
                }
            }
        }
        return new RetrievalResult(
                original.question(),
                original.language(),
                passages,
                Math.max(original.confidence(), rewritten.confidence()),
                original.reading(),
                rewrittenFirst ? rewritten.signals() : original.signals());
    }
}
