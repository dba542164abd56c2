package org.standingoffice.drafting.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievedPassage;

/**
 * Whether the passages a draft quotes carry the question's focus ({@link
 * org.standingoffice.search.QuestionReading#focus()}): the thing it asks for, not the frame around
 * it. An on-topic question the documents do not answer shares its frame with them and lacks only its
 * focus ("What is the <em>penalty</em> for a locality that reports after the 25th?" over a passage
 * that sets the 25th), while a reworded answerable question lacks words of its frame ("cutoff", "put
 * out") and keeps its focus, or asks for a kind of answer the answer type checks instead. A focus is
 * carried when a glossary concept it names is, in any rendering, or, in a passage in the question's
 * own language, when its words are (English words compared without their plural ending). A focus
 * neither can judge (a Vietnamese word the glossary lacks, over English passages) is left out.
 */
final class FocusEvidence {

    /**
     * How the quoted passages carry the focus.
     *
     * @param judged how many focus phrases could be judged
     * @param carried the share of those the quoted passages carry; 1 when none could be judged
     */
    record Carried(int judged, double carried) {}

    private final Supplier<Glossary> glossary;

    FocusEvidence(Supplier<Glossary> glossary) {
        this.glossary = glossary;
    }

    Carried of(RetrievalResult result, List<RetrievedPassage> quotes) {
        List<String> focus = result.reading().focus();
        if (focus.isEmpty() || quotes.isEmpty()) {
            return new Carried(0, 1);
        }
        Glossary terms = glossary.get();
        List<Passage> passages = quotes.stream().map(RetrievedPassage::passage).toList();
        List<List<GlossaryTerm>> named = focus.stream().map(terms::termsIn).toList();
        Set<GlossaryTerm> quotedConcepts = new HashSet<>();
        if (named.stream().anyMatch(concepts -> !concepts.isEmpty())) {
            // Reading a passage's concepts walks the whole glossary: only when a focus names one.
            passages.forEach(passage -> quotedConcepts.addAll(terms.termsIn(text(passage))));
        }
        List<Set<String>> ownLanguageWords = passages.stream()
                .filter(passage -> passage.document().language().equals(result.language()))
                .map(passage -> stems(text(passage)))
                .toList();
        int judged = 0;
        int carried = 0;
        for (int i = 0; i < focus.size(); i++) {
            List<GlossaryTerm> concepts = named.get(i);
            if (concepts.isEmpty() && ownLanguageWords.isEmpty()) {
                continue;
            }
            judged++;
            Set<String> words = stems(focus.get(i));
            if (concepts.stream().anyMatch(quotedConcepts::contains)
                    || ownLanguageWords.stream().anyMatch(passage -> passage.containsAll(words))) {
                carried++;
            }
        }
        return judged == 0 ? new Carried(0, 1) : new Carried(judged, (double) carried / judged);
    }

    /** Where a passage can carry the focus: its document's title, its heading and its text. */
    private static String text(Passage passage) {
        return String.join("\n", passage.document().title(), passage.heading(), passage.text());
    }

    /**
     * The folded words of {@code text} without an English plural ending ("penalties" and "penalty",
     * "targets" and "target" alike); Vietnamese syllables have none and lose nothing that matters.
     */
    static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        for (String word : Glossary.fold(text).split(" ")) {
            stems.add(stem(word));
        }
        return stems;
    }

    private static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
