package org.standingoffice.drafting.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.Decision;
import org.standingoffice.drafting.Draft;
import org.standingoffice.drafting.Drafter;
import org.standingoffice.drafting.DraftingProperties;
import org.standingoffice.drafting.Escalation;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievedPassage;

/**
 * Drafts without a language model: from each passage that answers, the sentences sharing the most
 * words with the question, quoted verbatim with their citation, between a lead-in and a closing
 * line in the asker's language. Also the fallback whenever a model's draft cannot be used.
 */
final class ExtractiveDrafter implements Drafter {

    static final String NAME = "extractive";
    private static final int SENTENCES_PER_PASSAGE = 2;

    private final DraftingProperties properties;
    private final DraftLayout layout;

    ExtractiveDrafter(DraftingProperties properties, DraftLayout layout) {
        this.properties = properties;
        this.layout = layout;
    }

    @Override
    public Draft draft(RetrievalResult result) {
        if (result.passages().isEmpty() || result.confidence() < properties.answerThreshold()) {
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

    private Quotes quote(RetrievalResult result) {
        String language = result.language();
        Set<String> questionWords = words(result.question());
        double baseline = answeringCoverage(result.passages());
        StringBuilder body = new StringBuilder();
        List<Citation> cited = new ArrayList<>();
        for (RetrievedPassage retrieved : result.passages()) {
            if (cited.size() == properties.maxQuotedPassages()) {
                break;
            }
            // Quoted in the retriever's order, but only passages that cover about as much of the
            // question as the best one: the first-ranked is not always the one that answers.
            if (retrieved.coverage() < baseline * properties.relatedCoverage()) {
                continue;
            }
            Passage passage = retrieved.passage();
            Citation citation = new Citation(passage.document().number(), passage.section());
            body.append("«")
                    .append(bestSentences(passage.text(), questionWords))
                    .append("» (")
                    .append(layout.citeQuote(
                            citation, language, passage.document().language()))
                    .append(")\n\n");
            cited.add(citation);
        }
        return new Quotes(layout.answer(language, body.toString()), cited);
    }

    /**
     * The coverage quoted passages are measured against: the highest among the passages that are
     * not lead-ins ("…concluded as follows:", whose content is in the passages after them), so a
     * lead-in does not crowd out what it introduces.
     */
    private static double answeringCoverage(List<RetrievedPassage> passages) {
        return passages.stream()
                .filter(found -> !isLeadIn(found.passage()))
                .mapToDouble(RetrievedPassage::coverage)
                .max()
                .orElse(passages.stream()
                        .mapToDouble(RetrievedPassage::coverage)
                        .max()
                        .orElse(0));
    }

    private static boolean isLeadIn(Passage passage) {
        return passage.text().strip().endsWith(":");
    }

    /**
     * The sentences with most question words, in the order the passage has them. A clause after a
     * semicolon that starts in lower case continues the one before ("…at all levels; especially
     * on…") and stays with it, so a quote does not stop before its point.
     */
    private static String bestSentences(String passageText, Set<String> questionWords) {
        List<String> sentences = Arrays.asList(passageText.split("(?<=[.!?])\\s+|(?<=;)\\s+(?!\\p{Ll})|\\n+"));
        List<String> best = sentences.stream()
                .sorted(Comparator.comparingLong((String sentence) -> overlap(sentence, questionWords))
                        .reversed())
                .limit(SENTENCES_PER_PASSAGE)
                .toList();
        return String.join(" ", sentences.stream().filter(best::contains).toList())
                .strip();
    }

    private static long overlap(String sentence, Set<String> questionWords) {
        return words(sentence).stream().filter(questionWords::contains).count();
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : Glossary.fold(text).split(" ")) {
            if (word.length() > 2) {
                words.add(word);
            }
        }
        return words;
    }
}
