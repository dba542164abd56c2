package org.standingoffice.search.internal;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.standingoffice.knowledge.GlossaryTerm;
import org.standingoffice.search.SearchProperties;

/**
 * Builds the lexical query of a question: BM25 over the question's own-language field and its
 * syllable bigrams, the diacritic-folded fields (any language, and text typed without accents),
 * the passages' headings alone (an article's title names its subject: on ALQAC the clauses raised
 * R@1 from .834 to .864 on the half {@code calibrate} fits on and from .781 to .804 on the other),
 * the numbered sections it cites in the documents it names,
 * the glossary translations of the concepts it names as phrases in the other languages' fields,
 * its document numbers, and the deadline date it asks about.
 */
final class LexicalQueries {

    private static final List<String> LANGUAGES = List.of("en", "sv", "vi");

    private final Analyzer analyzer = TextAnalyzers.perField();
    private final SearchProperties.Lexical weights;

    LexicalQueries(SearchProperties.Lexical weights) {
        this.weights = weights;
    }

    Query build(ParsedQuestion question) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        String languageField = TextAnalyzers.languageField(question.language());
        if (!languageField.equals(TextAnalyzers.FOLDED)) {
            add(query, terms(languageField, question.text()), 1.0);
        }
        if (question.language().equals("vi")) {
            add(query, terms(TextAnalyzers.TEXT_VI_BIGRAMS, question.text()), weights.bigrams());
        }
        if (needsFolding(question)) {
            add(query, terms(TextAnalyzers.FOLDED, question.text()), weights.folded());
            add(query, terms(TextAnalyzers.FOLDED_BIGRAMS, question.text()), weights.foldedBigrams());
        }
        add(query, terms(TextAnalyzers.HEADING, question.text()), weights.headingWords());
        add(query, terms(TextAnalyzers.HEADING_BIGRAMS, question.text()), weights.headingBigrams());
        add(query, citedSections(question), weights.citedSection());
        for (GlossaryTerm concept : question.concepts()) {
            add(query, translations(concept, question.language()), weights.glossary());
        }
        for (String number : question.documentNumbers()) {
            add(query, new TermQuery(new Term(TextAnalyzers.DOCUMENT_NUMBER, number)), weights.documentNumber());
        }
        for (String number : question.typedNumbers()) {
            add(query, new TermQuery(new Term(TextAnalyzers.DOCUMENT_NUMBER, number)), weights.documentNumber() / 2);
        }
        if (question.dueDate() != null) {
            add(query, dueBy(question), weights.deadline());
        }
        return query.build();
    }

    /**
     * Vietnamese written with its diacritics is served by its own fields; the folded ones, which
     * cost a third of the query time on a large corpus, serve everything else: Vietnamese typed
     * without accents, languages without a field of their own, names across languages.
     */
    private static boolean needsFolding(ParsedQuestion question) {
        return !question.language().equals("vi") || question.withoutDiacritics();
    }

    /** The plain BM25 query of the question on its language's fields: the benchmark's baseline. */
    Query bare(ParsedQuestion question) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        add(query, terms(TextAnalyzers.languageField(question.language()), question.text()), 1.0);
        return query.build();
    }

    /**
     * The sections the question cites by number, each only in the documents whose titles it names
     * too: "Điều 6 của Luật Tiếp cận thông tin" is one article, "Điều 6" alone is one in every law.
     */
    private Query citedSections(ParsedQuestion question) {
        Set<String> cited = SectionCitations.cited(question.text());
        Query titles = terms(TextAnalyzers.TITLE_BIGRAMS, question.text());
        BooleanQuery.Builder sections = new BooleanQuery.Builder();
        if (cited.isEmpty() || ((BooleanQuery) titles).clauses().isEmpty()) {
            return sections.build();
        }
        for (String key : cited) {
            sections.add(
                    new BooleanQuery.Builder()
                            .add(new TermQuery(new Term(TextAnalyzers.SECTION, key)), BooleanClause.Occur.MUST)
                            .add(titles, BooleanClause.Occur.MUST)
                            .build(),
                    BooleanClause.Occur.SHOULD);
        }
        return sections.build();
    }

    private Query terms(String field, String text) {
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        Set<String> distinct = new LinkedHashSet<>(Tokens.of(analyzer, field, text));
        distinct.forEach(token -> terms.add(new TermQuery(new Term(field, token)), BooleanClause.Occur.SHOULD));
        return terms.build();
    }

    /**
     * The concept's variants in the other languages, each as a phrase in that language's field,
     * each analysed form once: inflections the analyser reduces to one stem ("assess", "assessed")
     * must not weigh a concept more than another.
     */
    private Query translations(GlossaryTerm concept, String questionLanguage) {
        BooleanQuery.Builder variants = new BooleanQuery.Builder();
        Set<List<String>> phrases = new HashSet<>();
        for (String language : LANGUAGES) {
            if (language.equals(questionLanguage)) {
                continue;
            }
            String field = TextAnalyzers.languageField(language);
            for (String variant : concept.variants(language)) {
                List<String> tokens = Tokens.of(analyzer, field, variant);
                if (!tokens.isEmpty()
                        && phrases.add(tokens.stream()
                                .map(token -> field + ':' + token)
                                .toList())) {
                    PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(1);
                    tokens.forEach(token -> phrase.add(new Term(field, token)));
                    variants.add(phrase.build(), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return variants.build();
    }

    private static Query dueBy(ParsedQuestion question) {
        if (question.yearGiven()) {
            return LongPoint.newRangeQuery(
                    PassageDocuments.DUE_DAY, Long.MIN_VALUE, question.dueDate().toEpochDay());
        }
        return IntPoint.newExactQuery(PassageDocuments.DUE_MONTH_DAY, PassageDocuments.monthDay(question.dueDate()));
    }

    private static void add(BooleanQuery.Builder query, Query clause, double boost) {
        boolean empty = clause instanceof BooleanQuery bool && bool.clauses().isEmpty();
        if (!empty && boost > 0) {
            query.add(new BoostQuery(clause, (float) boost), BooleanClause.Occur.SHOULD);
        }
    }
}
