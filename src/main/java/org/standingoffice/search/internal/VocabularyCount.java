package org.standingoffice.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;
import org.standingoffice.search.QuestionVocabulary;

/**
 * Counts which content words of a read question the glossary maps to a concept and which the index
 * knows as they are (see {@link QuestionVocabulary}). Content words are the words {@link
 * TermCoverage} weighs: the normalised question's words less its language's question and function
 * words and its dates, each folded word once; numbers are left out too, since no glossary renders
 * them. A word is mapped where a variant of a concept the question names stands on it as whole
 * words, or where it is an abbreviation whose expansion names a concept.
 */
final class VocabularyCount {

    private final Analyzer analyzer = TextAnalyzers.perField();

    /**
     * @param normalised the question as read, without the abbreviation expansions search appends
     *     (those would count the same words twice)
     * @param question the parsed question: its language and the concepts it names
     */
    QuestionVocabulary of(String normalised, ParsedQuestion question, Glossary glossary, IndexReader reader)
            throws IOException {
        List<String> typed = new ArrayList<>();
        for (String word : TermCoverage.DATE.matcher(normalised).replaceAll(" ").split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                typed.add(word);
            }
        }
        List<String> folded = typed.stream().map(Glossary::fold).toList();
        boolean[] covered = new boolean[typed.size()];
        for (GlossaryTerm term : question.concepts()) {
            term.allVariants().map(Glossary::fold).forEach(variant -> mark(folded, variant, covered));
        }
        Map<String, Boolean> words = new LinkedHashMap<>();
        Set<String> ignored = QuestionWords.of(question.language());
        for (int i = 0; i < typed.size(); i++) {
            String word = typed.get(i);
            if (ignored.contains(word.toLowerCase()) || word.chars().anyMatch(Character::isDigit)) {
                continue;
            }
            boolean mapped = covered[i] || namesConcept(word, glossary);
            words.merge(folded.get(i), mapped, Boolean::logicalOr);
        }
        QuestionVocabulary vocabulary = QuestionVocabulary.none();
        for (Map.Entry<String, Boolean> word : words.entrySet()) {
            List<String> tokens = Tokens.of(analyzer, TextAnalyzers.FOLDED, word.getKey());
            if (tokens.isEmpty()) {
                continue;
            }
            int frequency = reader.docFreq(new Term(TextAnalyzers.FOLDED, tokens.get(0)));
            double idf = TermCoverage.idf(reader, frequency);
            boolean mapped = word.getValue();
            boolean known = frequency > 0;
            vocabulary = vocabulary.plus(
                    new QuestionVocabulary(1, mapped ? 1 : 0, known ? 1 : 0, idf, mapped ? idf : 0, known ? idf : 0));
        }
        return vocabulary;
    }

    /** An abbreviation ("UBND") the glossary expands into words that name one of its concepts. */
    private static boolean namesConcept(String word, Glossary glossary) {
        String expansion = glossary.abbreviations().get(word);
        return expansion != null && !glossary.termsIn(expansion).isEmpty();
    }

    /** Marks every run of {@code words} that spells {@code variant} whole. */
    private static void mark(List<String> words, String variant, boolean[] covered) {
        if (variant.isEmpty()) {
            return;
        }
        List<String> syllables = Arrays.asList(variant.split(" "));
        for (int start = 0; start + syllables.size() <= words.size(); start++) {
            if (words.subList(start, start + syllables.size()).equals(syllables)) {
                Arrays.fill(covered, start, start + syllables.size(), true);
            }
        }
    }
}
