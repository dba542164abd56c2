package org.standingoffice.drafting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.Decision;
import org.standingoffice.drafting.Draft;
import org.standingoffice.drafting.Drafter;
import org.standingoffice.drafting.DraftingProperties;
import org.standingoffice.drafting.Escalation;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.search.AnswerType;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievedPassage;

/**
 * Drafts without a language model: from each passage that answers, the sentences that answer the
 * question ({@link QuotedSentences}), quoted verbatim with their citation, between a lead-in and a closing
 * line in the asker's language. Also the fallback whenever a model's draft cannot be used.
 */
final class ExtractiveDrafter implements Drafter {

    static final String NAME = "extractive";

    private final QuotedPassages quoted;
    private final DraftLayout layout;
    private final Supplier<Glossary> glossary;

    ExtractiveDrafter(DraftingProperties properties, DraftLayout layout, Supplier<Glossary> glossary) {
        this.quoted = new QuotedPassages(
                properties.maxQuotedPassages(), properties.relatedCoverage(), properties.relatedWords(), glossary);
        this.layout = layout;
        this.glossary = glossary;
    }

    @Override
    public Draft draft(RetrievalResult result) {
        // Whether to answer at all is the decision's (GuardedDrafter); this drafts what it is given.
        if (result.passages().isEmpty()) {
            return suggestion(result, Escalation.NOT_IN_DOCUMENTS, NAME);
        }
        Quotes quotes = quote(result);
        return new Draft(quotes.answer(), quotes.cited(), Decision.ANSWER, NAME, "", Escalation.NONE);
    }

    /**
     * An escalation that still hands staff the best passages' draft to start from, quoted the same
     * way as an answer; empty when nothing was found.
     */
    Draft suggestion(RetrievalResult result, Escalation why, String drafter) {
        if (result.passages().isEmpty()) {
            return layout.escalation(why, drafter, "");
        }
        Quotes quotes = quote(result);
        return new Draft(quotes.answer(), quotes.cited(), Decision.ESCALATE, drafter, "", why);
    }

    private record Quotes(String answer, List<Citation> cited) {}

    /** What one passage contributes: the sentences quoted from it. */
    private record Quote(Passage passage, String text) {}

    private Quotes quote(RetrievalResult result) {
        String language = result.language();
        AnswerType type = result.reading().answerType();
        Set<String> questionWords = QuotedSentences.questionWords(result, glossary.get());
        List<Quote> quotes = new ArrayList<>();
        for (RetrievedPassage retrieved : quoted.of(result)) {
            Passage passage = retrieved.passage();
            quotes.add(new Quote(passage, QuotedSentences.quote(passage.text(), questionWords, type)));
        }
        // The quote that gives the kind of answer asked for (the date, the body, the number) is read
        // first; the others keep the retriever's order.
        quotes.sort(Comparator.comparing((Quote quote) -> !type.carriedBy(quote.text())));
        StringBuilder body = new StringBuilder();
        List<Citation> cited = new ArrayList<>();
        for (Quote quote : quotes) {
            Citation citation = Citation.of(quote.passage());
            body.append(layout.quote(
                            quote.text(),
                            citation,
                            language,
                            quote.passage().document().language()))
                    .append("\n\n");
            cited.add(citation);
        }
        return new Quotes(layout.answer(language, body.toString()), cited);
    }
}
