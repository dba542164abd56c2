package org.standingoffice.drafting.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;
import org.standingoffice.knowledge.QuoteRule;
import org.standingoffice.knowledge.Sentences;
import org.standingoffice.search.AnswerType;
import org.standingoffice.search.RetrievalResult;

/**
 * Chooses what the extractive draft quotes from one passage: whole sentences ({@link Sentences}),
 * at most {@link #SENTENCES_PER_PASSAGE}, made into one quote by the {@link QuoteRule}. When the
 * question asks for a date, a body or a number, the sentence that carries it and shares most words
 * with the question is quoted alone — the shortest span that answers, so the answer is what the
 * asker reads first. Otherwise the sentences sharing most words, in the passage's order.
 */
final class QuotedSentences {

    static final int SENTENCES_PER_PASSAGE = 2;

    private QuotedSentences() {}

    /** One verbatim quote of {@code passage} for a question with these words, asking for {@code type}. */
    static String quote(String passage, Set<String> questionWords, AnswerType type) {
        List<Sentences.Span> sentences = Sentences.spans(passage);
        if (sentences.isEmpty()) {
            return passage.strip();
        }
        long[] overlap = sentences.stream()
                .mapToLong(span -> overlap(span.of(passage), questionWords))
                .toArray();
        List<Integer> ranked = IntStream.range(0, sentences.size())
                .boxed()
                .sorted(Comparator.comparingLong((Integer i) -> overlap[i]).reversed())
                .toList();
        List<Integer> chosen = new ArrayList<>();
        int answering = answering(passage, sentences, overlap, type);
        if (answering >= 0) {
            chosen.add(answering);
        } else {
            ranked.stream().limit(SENTENCES_PER_PASSAGE).sorted().forEach(chosen::add);
        }
        return QuoteRule.of(passage, chosen.stream().map(sentences::get).toList());
    }

    /**
     * The sentence that carries the asked-for kind of answer and shares most words with the
     * question (at least one: a date in an unrelated sentence answers nothing), or -1. When the
     * question shares no word with any sentence — it is in another language than the passage,
     * which the retriever matched through the glossary — the one sentence that carries that kind
     * of answer, if only one does.
     */
    private static int answering(String passage, List<Sentences.Span> sentences, long[] overlap, AnswerType type) {
        if (type == AnswerType.OTHER || type == AnswerType.PERMISSION) {
            return -1;
        }
        int answering = -1;
        for (int i = 0; i < sentences.size(); i++) {
            if (overlap[i] > 0
                    && (answering < 0 || overlap[i] > overlap[answering])
                    && type.carriedBy(sentences.get(i).of(passage))) {
                answering = i;
            }
        }
        if (answering >= 0 || LongStream.of(overlap).anyMatch(shared -> shared > 0)) {
            return answering;
        }
        List<Integer> carrying = IntStream.range(0, sentences.size())
                .filter(i -> type.carriedBy(sentences.get(i).of(passage)))
                .boxed()
                .toList();
        return carrying.size() == 1 ? carrying.get(0) : -1;
    }

    /**
     * The words a sentence that answers the question may share with it: the asker's words and their
     * normalised form (shorthand spelled out, slips corrected), and every rendering of the glossary
     * concepts the question names. Without the renderings a Vietnamese question shares no word with an
     * English passage, and the sentence quoted first was chosen by the kind of answer alone: asked how
     * often the Politburo meets, the draft quoted the sentence on the monthly reports' due day.
     */
    static Set<String> questionWords(RetrievalResult result, Glossary glossary) {
        Set<String> words = new HashSet<>(words(result.question()));
        words.addAll(words(result.reading().normalised()));
        glossary.termsIn(result.reading().normalised()).stream()
                .flatMap(GlossaryTerm::allVariants)
                .forEach(variant -> words.addAll(words(variant)));
        return words;
    }

    private static long overlap(String sentence, Set<String> questionWords) {
        return words(sentence).stream().filter(questionWords::contains).count();
    }

    /** The folded words of more than two letters: short ones are mostly function words. */
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
