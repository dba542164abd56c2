package org.standingoffice.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;
import org.standingoffice.knowledge.TypingHabits;
import org.standingoffice.search.SearchProperties;

/**
 * What question reading needs from the knowledge base, rebuilt on every reindex: the office's
 * typing habits, and the vocabulary for restoring diacritics — the office's Vietnamese word list
 * with its frequencies, the indexed Vietnamese syllables and syllable pairs with their passage
 * counts, the glossary's Vietnamese terms and expansions, the office's own question words. The
 * shipped documents are English and Swedish, so the word list is most of the vocabulary until
 * Vietnamese documents are added.
 */
record ReadingRules(PhoneTyping typing, Diacritics diacritics, Set<String> ambiguousAbbreviations) {

    /**
     * @param ambiguousAbbreviations the glossary's abbreviations, lower case, whose expansion lists
     *     alternatives ("hp": "Hiến pháp, Hải Phòng") and that the office's shorthand leaves open: such a
     *     word names no place for sure, so it is never a province named alone
     */
    ReadingRules {
        ambiguousAbbreviations = Set.copyOf(ambiguousAbbreviations);
    }

    static ReadingRules none() {
        return new ReadingRules(new PhoneTyping(TypingHabits.none()), Diacritics.none(), Set.of());
    }

    /** Whether {@code word} is an abbreviation with several meanings ("HP", "BTC"). */
    boolean ambiguous(String word) {
        return ambiguousAbbreviations.contains(word.toLowerCase(Locale.ROOT));
    }

    static ReadingRules build(
            TypingHabits habits, Glossary glossary, IndexReader index, SearchProperties.Reading properties) {
        Diacritics.Builder vocabulary = new Diacritics.Builder();
        for (GlossaryTerm term : glossary.terms()) {
            term.variants("vi").forEach(variant -> vocabulary.addPhrase(variant, 1));
        }
        glossary.abbreviations().values().forEach(expansion -> vocabulary.addPhrase(expansion, 1));
        habits.shorthand().values().forEach(expansion -> vocabulary.addPhrase(expansion, 1));
        habits.words().forEach(word -> vocabulary.addPhrase(word, 1));
        habits.vietnameseWords().forEach(vocabulary::addWord);
        addIndexTerms(vocabulary, index, TextAnalyzers.TEXT_VI, properties.vocabularyMinDocFreq());
        addIndexTerms(vocabulary, index, TextAnalyzers.TEXT_VI_BIGRAMS, properties.vocabularyMinDocFreq());
        Set<String> ambiguous = new HashSet<>();
        glossary.abbreviations().forEach((abbreviation, expansion) -> {
            if (expansion.contains(",")) {
                ambiguous.add(abbreviation.toLowerCase(Locale.ROOT));
            }
        });
        ambiguous.removeAll(habits.shorthand().keySet());
        return new ReadingRules(
                new PhoneTyping(withGlossaryAbbreviations(habits, glossary)),
                vocabulary.build(properties.restoreDominance()),
                ambiguous);
    }

    /**
     * The office's shorthand plus the glossary's abbreviations in any case ("dvc", "ubnd"), except
     * those whose expansion lists alternatives ("BTC": "Bộ Tài chính, Ban Tổ chức"): expanding
     * those in place would put words in the asker's mouth. The office's own entries win.
     */
    private static TypingHabits withGlossaryAbbreviations(TypingHabits habits, Glossary glossary) {
        Map<String, String> shorthand = new HashMap<>();
        glossary.abbreviations().forEach((abbreviation, expansion) -> {
            if (!expansion.contains(",")) {
                shorthand.put(abbreviation.toLowerCase(Locale.ROOT), expansion);
            }
        });
        shorthand.putAll(habits.shorthand());
        return new TypingHabits(
                habits.leading(),
                habits.anywhere(),
                habits.trailing(),
                habits.context(),
                shorthand,
                habits.words(),
                habits.courtesyThanks(),
                habits.courtesyWords(),
                habits.courtesyGreetings(),
                habits.vietnameseWords());
    }

    private static void addIndexTerms(Diacritics.Builder vocabulary, IndexReader index, String field, int minDocFreq) {
        try {
            Terms terms = MultiTerms.getTerms(index, field);
            if (terms == null) {
                return;
            }
            TermsEnum iterator = terms.iterator();
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                if (iterator.docFreq() >= minDocFreq) {
                    vocabulary.add(term.utf8ToString(), iterator.docFreq());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
