package org.standingoffice.search.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.Sentences;
import org.standingoffice.search.ConceptEvidence;

/**
 * Measures how much of a question a passage covers: the question is split into concepts —
 * glossary concepts it names (matched in any language) and its remaining content words — each
 * weighted by its rarity in the index (IDF; a word the index has never seen weighs most), and the
 * coverage is the weighted share found in the passage. Question words ("what", "ai", "vad") do
 * not count. This is what separates "the documents say this" from "the documents merely share
 * some words with the question".
 */
final class TermCoverage {

    /**
     * @param known whether some indexed passage contains it (glossary concepts always count as
     *     known: their renderings are the documents' own words)
     * @param named whether it is a glossary concept rather than a plain word
     * @param asTyped how the question wrote it, for reasons shown to staff
     * @param rarity its IDF over the passages that carry it: a glossary concept's over the passages
     *     that carry any of its renderings (its {@code weight} is the same for every concept), a
     *     word's its weight
     */
    private record Concept(
            List<String> variants, double weight, boolean known, boolean named, String asTyped, double rarity) {}

    /**
     * A pair of adjacent words of the question that some indexed passage also has side by side,
     * weighted by its rarity: in Vietnamese, where one word is often two syllables, such pairs are
     * the words themselves, and a passage that carries the question's rare pairs says what it asks.
     */
    private record Phrase(String words, double weight) {}

    /**
     * The question's words as the coverage measures them: concepts, the weight no passage knows,
     * and the phrases the index knows.
     */
    record QuestionTerms(
            List<Concept> concepts,
            double unknownShare,
            List<String> unknownWords,
            int named,
            List<Phrase> phrases,
            Set<String> citedSections) {}

    /** How one passage covers the question, see {@link org.standingoffice.search.PassageMatch}. */
    record Covered(
            double all,
            double known,
            double named,
            double phrases,
            List<String> missing,
            double headingInQuestion,
            double questionInHeading,
            double titleInQuestion,
            boolean citesSection,
            ConceptEvidence concepts) {}

    /** The words of one sentence, or of a whole passage, as its language field and the folded field index them. */
    private record Words(Set<String> own, Set<String> folded) {}

    /**
     * How one passage covers the question's pairs when each pair is weighted by its rarity among the
     * passages of the passage's own document rather than of the whole index, see {@link
     * org.standingoffice.search.PassageMatch}.
     *
     * @param coverage the weighted share the passage carries
     * @param paragraphCoverage the weighted share its best paragraph carries, with its heading and title
     */
    record OwnDocument(double coverage, double paragraphCoverage) {
        static final OwnDocument NONE = new OwnDocument(0, 0);
    }

    /**
     * A passage's words (with its document's title) as its language field and the folded field index
     * them, its folded pairs, its heading's and its document title's folded pairs, the folded pairs of
     * each of its paragraphs, and the words of each of its sentences.
     */
    private record PassageWords(
            Words words,
            Set<String> pairs,
            Set<String> headingPairs,
            Set<String> titlePairs,
            List<Set<String>> paragraphPairs,
            List<Words> sentences) {}

    /** A blank line: what separates an article's clauses and a section's paragraphs. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    /**
     * Passages analysed once, not for every question that finds them: running long passages
     * through the ICU tokenizer was most of retrieval's own time. Enough for every passage of a
     * help office's documents; emptied whenever the index changes.
     */
    private static final int ANALYSED_PASSAGES = 5_000;

    /** A date in digits ("16/5", "5/2025", "16.5.2025") or a month named by number ("tháng 5"). */
    static final Pattern DATE =
            Pattern.compile(AnswerSpans.NUMERIC_DATE.pattern() + "|(?i:tháng|thang) \\d{1,2}(?!\\d)");

    private final Analyzer analyzer = TextAnalyzers.perField();
    private final Cache<String, PassageWords> analysedPassages =
            Caffeine.newBuilder().maximumSize(ANALYSED_PASSAGES).build();

    /** The question's concepts and words, weighted, and what share of it no passage knows. */
    QuestionTerms terms(ParsedQuestion question, IndexReader reader) throws IOException {
        List<Concept> concepts = concepts(question, reader);
        double total = concepts.stream().mapToDouble(Concept::weight).sum();
        double unknown = concepts.stream()
                .filter(concept -> !concept.known())
                .mapToDouble(Concept::weight)
                .sum();
        List<String> unknownWords = concepts.stream()
                .filter(concept -> !concept.known())
                .map(Concept::asTyped)
                .toList();
        int named = (int) concepts.stream().filter(Concept::named).count();
        return new QuestionTerms(
                concepts,
                total == 0 ? 0 : unknown / total,
                unknownWords,
                named,
                phrases(question, reader),
                SectionCitations.cited(question.text()));
    }

    /** Coverage, 0–1, of {@code question} by each passage, in order. */
    List<Double> coverage(ParsedQuestion question, List<Passage> passages, IndexReader reader) throws IOException {
        QuestionTerms terms = terms(question, reader);
        return covered(terms, passages).stream().map(Covered::all).toList();
    }

    /** How each passage, in order, covers the question's terms. */
    List<Covered> covered(QuestionTerms terms, List<Passage> passages) {
        List<Concept> concepts = terms.concepts();
        double total = concepts.stream().mapToDouble(Concept::weight).sum();
        double knownTotal = concepts.stream()
                .filter(Concept::known)
                .mapToDouble(Concept::weight)
                .sum();
        // Each variant is analysed once per field, not once per passage.
        Map<String, List<String>> analysed = new HashMap<>();
        List<Covered> coverage = new ArrayList<>();
        for (Passage passage : passages) {
            if (total == 0) {
                coverage.add(new Covered(0, 0, 1, 0, List.of(), 0, 0, 0, false, ConceptEvidence.none()));
                continue;
            }
            String field = TextAnalyzers.languageField(passage.document().language());
            PassageWords words = analysedPassages.get(passage.id(), id -> analyse(passage, field));
            double covered = 0;
            int namedFound = 0;
            List<Concept> missing = new ArrayList<>();
            for (Concept concept : concepts) {
                if (carries(words.words(), field, concept, analysed)) {
                    covered += concept.weight();
                    namedFound += concept.named() ? 1 : 0;
                } else if (concept.known()) {
                    missing.add(concept);
                }
            }
            missing.sort(java.util.Comparator.comparingDouble(Concept::weight).reversed());
            coverage.add(new Covered(
                    covered / total,
                    knownTotal == 0 ? 0 : Math.min(1, covered / knownTotal),
                    terms.named() == 0 ? 1 : (double) namedFound / terms.named(),
                    phraseShare(terms.phrases(), words.pairs()),
                    missing.stream().map(Concept::asTyped).toList(),
                    pairsInQuestion(words.headingPairs(), terms.phrases()),
                    phraseShare(terms.phrases(), words.headingPairs()),
                    pairsInQuestion(words.titlePairs(), terms.phrases()),
                    SectionCitations.key(passage.section())
                            .map(terms.citedSections()::contains)
                            .orElse(false),
                    conceptEvidence(concepts, words, field, analysed)));
        }
        return coverage;
    }

    /**
     * How each passage, in order, covers the question's pairs weighted by their rarity within its own
     * document. Over a law, the pairs a question shares with every article of that law (its subject,
     * "hướng dẫn viên du lịch") weigh little here, and the pairs that tell one article from its
     * siblings ("cấp lại") weigh most: an article that lacks them is a sibling of the one that
     * answers. Pairs no passage of the document has are left out, as {@code phraseCoverage} leaves out
     * those no passage at all has (counting them as missing at the highest weight did worse). With the
     * best paragraph's share beside it, it raised the law regime's right drafts at 90 % of ALQAC's
     * left-out questions escalated, out of fold, from .746 to .788 ({@code calibrate}); weights over
     * the whole index gained about half as much in a prototype.
     */
    List<OwnDocument> ownDocument(QuestionTerms terms, List<Passage> passages, IndexSearcher searcher)
            throws IOException {
        List<String> questionPairs = terms.phrases().stream().map(Phrase::words).toList();
        Map<String, OwnDocumentPairs> byFile = new HashMap<>();
        List<OwnDocument> covered = new ArrayList<>();
        for (Passage passage : passages) {
            OwnDocumentPairs weights = byFile.get(passage.sourceFile());
            if (weights == null) {
                weights = OwnDocumentPairs.of(questionPairs, passage.sourceFile(), searcher);
                byFile.put(passage.sourceFile(), weights);
            }
            if (weights.isEmpty()) {
                covered.add(OwnDocument.NONE);
                continue;
            }
            String field = TextAnalyzers.languageField(passage.document().language());
            PassageWords words = analysedPassages.get(passage.id(), id -> analyse(passage, field));
            double best = 0;
            // A passage without text is its heading and title alone.
            for (Set<String> paragraph :
                    words.paragraphPairs().isEmpty() ? List.<Set<String>>of(Set.of()) : words.paragraphPairs()) {
                Set<String> pairs = new HashSet<>(paragraph);
                pairs.addAll(words.headingPairs());
                pairs.addAll(words.titlePairs());
                best = Math.max(best, weights.share(pairs));
            }
            covered.add(new OwnDocument(weights.share(words.pairs()), best));
        }
        return covered;
    }

    /**
     * How the passage, and each of its sentences, carries the question's glossary concepts weighted
     * by their rarity: the common ones every point of a document shares say little about which point
     * answers, the rarer ones the question is about say more.
     */
    private ConceptEvidence conceptEvidence(
            List<Concept> concepts, PassageWords words, String field, Map<String, List<String>> analysed) {
        List<Concept> named = concepts.stream().filter(Concept::named).toList();
        double total = named.stream().mapToDouble(Concept::rarity).sum();
        if (named.isEmpty() || total == 0) {
            return ConceptEvidence.none();
        }
        double carried = named.stream()
                .filter(concept -> carries(words.words(), field, concept, analysed))
                .mapToDouble(Concept::rarity)
                .sum();
        List<Double> sentences = words.sentences().stream()
                .map(sentence -> named.stream()
                                .filter(concept -> carries(sentence, field, concept, analysed))
                                .mapToDouble(Concept::rarity)
                                .sum()
                        / total)
                .toList();
        return new ConceptEvidence(carried / total, sentences);
    }

    private boolean carries(Words words, String field, Concept concept, Map<String, List<String>> analysed) {
        return concept.variants().stream()
                .anyMatch(variant -> contains(words.own(), field, variant, analysed)
                        || contains(words.folded(), TextAnalyzers.FOLDED, variant, analysed));
    }

    /** Forgets the analysed passages: call whenever the index changes. */
    void indexChanged() {
        analysedPassages.invalidateAll();
    }

    private PassageWords analyse(Passage passage, String field) {
        String text = searchable(passage);
        return new PassageWords(
                words(field, text),
                Set.copyOf(Tokens.of(analyzer, TextAnalyzers.FOLDED_BIGRAMS, text)),
                Set.copyOf(Tokens.of(analyzer, TextAnalyzers.FOLDED_BIGRAMS, passage.heading())),
                Set.copyOf(Tokens.of(
                        analyzer,
                        TextAnalyzers.FOLDED_BIGRAMS,
                        passage.document().title())),
                PARAGRAPH_BREAK
                        .splitAsStream(passage.text())
                        .filter(paragraph -> !paragraph.isBlank())
                        .map(paragraph -> Set.copyOf(Tokens.of(analyzer, TextAnalyzers.FOLDED_BIGRAMS, paragraph)))
                        .toList(),
                Sentences.of(passage.text()).stream()
                        .map(sentence -> words(field, sentence))
                        .toList());
    }

    private Words words(String field, String text) {
        return new Words(
                Set.copyOf(Tokens.of(analyzer, field, text)),
                Set.copyOf(Tokens.of(analyzer, TextAnalyzers.FOLDED, text)));
    }

    /**
     * The share of a heading's (or a title's) pairs the question has too. On ALQAC, where every article of a law
     * shares many words with a question about that law, whether the question names the article's
     * title is what most often tells the answering article from its sibling (with the question's
     * length, it raised the drafts citing a gold article at 85 % of left-out questions escalated
     * from .66 to .71 in a prototype over the whole set).
     */
    private static double pairsInQuestion(Set<String> pairs, List<Phrase> phrases) {
        if (pairs.isEmpty()) {
            return 0;
        }
        long shared = phrases.stream()
                .filter(phrase -> pairs.contains(phrase.words()))
                .count();
        return Math.min(1, (double) shared / pairs.size());
    }

    /**
     * The question's pairs of adjacent words that some passage has too, each weighted by its IDF.
     * Pairs no passage has are left out: they say nothing about which passage answers.
     */
    private List<Phrase> phrases(ParsedQuestion question, IndexReader reader) throws IOException {
        List<Phrase> phrases = new ArrayList<>();
        for (String pair : new LinkedHashSet<>(Tokens.of(analyzer, TextAnalyzers.FOLDED_BIGRAMS, question.text()))) {
            int frequency = reader.docFreq(new Term(TextAnalyzers.FOLDED_BIGRAMS, pair));
            if (frequency > 0) {
                phrases.add(new Phrase(pair, idf(reader, frequency)));
            }
        }
        return phrases;
    }

    /** The IDF-weighted share of {@code phrases} among a passage's pairs; 0 when there are none. */
    private static double phraseShare(List<Phrase> phrases, Set<String> pairs) {
        double total = phrases.stream().mapToDouble(Phrase::weight).sum();
        double found = phrases.stream()
                .filter(phrase -> pairs.contains(phrase.words()))
                .mapToDouble(Phrase::weight)
                .sum();
        return total == 0 ? 0 : found / total;
    }

    private boolean contains(
            Set<String> passageTokens, String field, String variant, Map<String, List<String>> analysed) {
        List<String> tokens =
                analysed.computeIfAbsent(field + '\u0000' + variant, key -> Tokens.of(analyzer, field, variant));
        return !tokens.isEmpty() && passageTokens.containsAll(tokens);
    }

    private List<Concept> concepts(ParsedQuestion question, IndexReader reader) throws IOException {
        List<Concept> concepts = new ArrayList<>();
        Set<String> claimed = new HashSet<>();
        // A named concept weighs like a moderately rare word, whatever its variants' frequencies.
        double conceptWeight = idf(reader, 0) / 2;
        IndexSearcher searcher = new IndexSearcher(reader);
        for (GlossaryTerm term : question.concepts()) {
            List<String> variants = term.allVariants().toList();
            concepts.add(new Concept(
                    variants,
                    conceptWeight,
                    true,
                    true,
                    term.allVariants()
                            .filter(variant -> Glossary.fold(question.text()).contains(Glossary.fold(variant)))
                            .findFirst()
                            .orElse(variants.get(0)),
                    idf(reader, searcher.count(anyRendering(variants)))));
            variants.forEach(
                    variant -> claimed.addAll(List.of(Glossary.fold(variant).split(" "))));
        }
        Set<String> ignored = QuestionWords.of(question.language());
        Set<String> seen = new HashSet<>();
        // A date's digits are not words a passage must repeat: the decision checks the dates and
        // months a question names itself, in any spelling ("16/5" is "May 16").
        String words = DATE.matcher(question.text()).replaceAll(" ");
        for (String word : words.split("[^\\p{L}\\p{N}]+")) {
            String folded = Glossary.fold(word);
            String lower = word.toLowerCase();
            if (folded.isEmpty() || claimed.contains(folded) || ignored.contains(lower) || !seen.add(folded)) {
                continue;
            }
            List<String> tokens = Tokens.of(analyzer, TextAnalyzers.FOLDED, word);
            if (!tokens.isEmpty()) {
                int frequency = reader.docFreq(new Term(TextAnalyzers.FOLDED, tokens.get(0)));
                double weight = idf(reader, frequency);
                concepts.add(new Concept(List.of(word), weight, frequency > 0, false, word, weight));
            }
        }
        return concepts;
    }

    /**
     * The passages that carry some rendering of a concept, as coverage reads them: every folded word
     * of the rendering, in any order.
     */
    private Query anyRendering(List<String> variants) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String variant : variants) {
            List<String> tokens = Tokens.of(analyzer, TextAnalyzers.FOLDED, variant);
            if (tokens.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            tokens.forEach(
                    token -> all.add(new TermQuery(new Term(TextAnalyzers.FOLDED, token)), BooleanClause.Occur.FILTER));
            any.add(all.build(), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** BM25's IDF of a word found in {@code frequency} passages; unseen words weigh most. */
    static double idf(IndexReader reader, int frequency) throws IOException {
        int docs = Math.max(1, reader.getDocCount(TextAnalyzers.FOLDED));
        return Math.log(1 + (docs - frequency + 0.5) / (frequency + 0.5));
    }

    private static String searchable(Passage passage) {
        return passage.document().title() + "\n" + passage.contextualText();
    }
}
