package org.standingoffice.drafting.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.Decision;
import org.standingoffice.drafting.Draft;
import org.standingoffice.drafting.Drafter;
import org.standingoffice.drafting.DraftingProperties;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievedPassage;

/**
 * Drafts without a language model: from each passage that answers, the sentences sharing the most
 * words with the question, quoted verbatim with their citation, between a lead-in and a closing
 * line in the asker's language.
 */
@Component
class ExtractiveDrafter implements Drafter {

    static final String NAME = "extractive";
    private static final int SENTENCES_PER_PASSAGE = 2;

    private final DraftingProperties properties;
    private final MessageSource messages;
    private final CitationFormat citations;

    ExtractiveDrafter(DraftingProperties properties, MessageSource messages) {
        this.properties = properties;
        this.messages = messages;
        this.citations = new CitationFormat(messages);
    }

    @Override
    public Draft draft(RetrievalResult result) {
        Locale locale = Locale.forLanguageTag(result.language());
        if (result.passages().isEmpty() || result.confidence() < properties.answerThreshold()) {
            return new Draft(messages.getMessage("draft.escalated", null, locale), List.of(), Decision.ESCALATE, NAME);
        }
        Set<String> questionWords = words(result.question());
        double bestCoverage = result.passages().get(0).coverage();
        StringBuilder text = new StringBuilder(messages.getMessage("draft.lead", null, locale)).append("\n\n");
        List<Citation> cited = new ArrayList<>();
        for (RetrievedPassage retrieved : result.passages()) {
            boolean related = retrieved.coverage() >= bestCoverage * properties.relatedCoverage();
            if (cited.size() == properties.maxQuotedPassages() || !related) {
                break;
            }
            Passage passage = retrieved.passage();
            Citation citation = new Citation(passage.document().number(), passage.section());
            text.append("«")
                    .append(bestSentences(passage.text(), questionWords))
                    .append("» (")
                    .append(citations.format(citation, locale))
                    .append(")\n\n");
            cited.add(citation);
        }
        text.append(messages.getMessage("draft.closing", null, locale));
        return new Draft(text.toString(), cited, Decision.ANSWER, NAME);
    }

    /** The sentences with most question words, in the order the passage has them. */
    private static String bestSentences(String passageText, Set<String> questionWords) {
        List<String> sentences = Arrays.asList(passageText.split("(?<=[.!?;])\\s+|\\n+"));
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

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : Glossary.fold(text).split(" ")) {
            if (word.length() > 2) {
                words.add(word);
            }
        }
        return words;
    }
}
