package org.standingoffice.drafting.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.standingoffice.drafting.Assessment;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;
import org.standingoffice.knowledge.Sentences;
import org.standingoffice.search.AnswerType;
import org.standingoffice.search.ConceptEvidence;
import org.standingoffice.search.PassageMatch;
import org.standingoffice.search.QuestionReading;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievalSignals;
import org.standingoffice.search.RetrievedPassage;

/**
 * The evidence the answer decision weighs, as numbers: one vector per question and its top
 * passages. Every feature is a share, a ratio of one query's own scores or an indicator, so it
 * means the same for a Vietnamese question over English documents as over Vietnamese law, and
 * none is keyed to particular words. {@link #NAMES} fixes their order in the model file.
 */
final class DecisionFeatures {

    /** Feature names, in vector order; a model file lists them and must match. */
    /** The second half of the regime of a question over passages in another language than its own. */
    static final String OTHER_LANGUAGE = "other";

    static final List<String> NAMES = List.of(
            "known_coverage",
            "coverage",
            "unknown_share",
            "unknown_share_own_language",
            "concept_share",
            "names_concepts",
            "lexical_share",
            "over_corpus",
            "over_own_document",
            "margin",
            "renderings",
            "cross_lingual",
            "cross_lingual_known_coverage",
            "names_numbers",
            "numbers_found",
            "missing_words",
            "asks_answer_type",
            "answer_type_carried",
            "names_places",
            "places_found",
            "phrase_coverage",
            "phrase_margin",
            "heading_in_question",
            "question_in_heading",
            "question_length",
            "question_length_phrase_coverage",
            "specific_type_missing",
            "names_bodies",
            "bodies_found",
            "own_document_phrase_coverage",
            "own_document_paragraph_coverage",
            "first_concept_share",
            "first_concepts_in_one_sentence",
            "first_concepts_with_answer_type",
            "concepts_over_own_document",
            "asks_focus",
            "focus_carried",
            "own_document_coverage_over_sibling",
            "own_document_paragraph_over_sibling",
            "heading_over_sibling");

    /**
     * The features whose weight must keep a sign: the share of the question a passage carries never
     * counts against answering, and words no document has never count for it. Without this the
     * English model, nearly unpenalised, traded a negative weight on {@code known_coverage} against
     * {@code coverage} and a positive one on {@code unknown_share}, and drafted "What did Speaker Tran
     * Thanh Man say about local favoritism?" at .92 from passages carrying 3 % of it.
     */
    private static final Map<String, Integer> SIGNS = Map.ofEntries(
            Map.entry("known_coverage", 1),
            Map.entry("coverage", 1),
            Map.entry("concept_share", 1),
            Map.entry("phrase_coverage", 1),
            Map.entry("first_concept_share", 1),
            Map.entry("first_concepts_in_one_sentence", 1),
            Map.entry("first_concepts_with_answer_type", 1),
            Map.entry("focus_carried", 1),
            Map.entry("unknown_share", -1),
            Map.entry("unknown_share_own_language", -1),
            Map.entry("missing_words", -1));

    /** Which passages a draft quotes; the decision looks at as many. */
    private final QuotedPassages quoted;

    private final NamedBodies bodies;

    private final FocusEvidence focus;

    /** @param glossary the glossary whose bodies and concepts the passages must name */
    DecisionFeatures(QuotedPassages quoted, Supplier<Glossary> glossary) {
        this.quoted = quoted;
        this.bodies = new NamedBodies(glossary);
        this.focus = new FocusEvidence(glossary);
    }

    /** Without a glossary: no question names a body, and a focus is judged by its words alone. */
    DecisionFeatures(QuotedPassages quoted) {
        this(quoted, Glossary::empty);
    }

    /** The feature vector of {@code result}; all zeros when there are no passages. */
    double[] of(RetrievalResult result) {
        double[] x = new double[NAMES.size()];
        List<RetrievedPassage> top = top(result);
        if (top.isEmpty()) {
            return x;
        }
        RetrievalSignals signals = result.signals();
        RetrievedPassage first = top.get(0);
        // What the draft quotes, chosen once: the rules below all ask it.
        List<RetrievedPassage> quotes = quoted.of(result);
        double known =
                top.stream().mapToDouble(p -> p.match().knownCoverage()).max().orElse(0);
        boolean crossLingual = !first.passage().document().language().equals(result.language());
        int asked = NamedFigures.count(result.question());
        x[0] = known;
        x[1] = top.stream().mapToDouble(RetrievedPassage::coverage).max().orElse(0);
        x[2] = signals.unknownShare();
        // Words no document contains mean little when the passages are in another language than the
        // question (nothing but the glossary could match), and much when they are in the same one.
        x[3] = crossLingual ? 0 : signals.unknownShare();
        x[4] = top.stream().mapToDouble(p -> p.match().conceptShare()).max().orElse(0);
        x[5] = signals.concepts() > 0 ? 1 : 0;
        x[6] = first.match().lexicalShare();
        x[7] = signals.overCorpus();
        x[8] = signals.overOwnDocument();
        x[9] = signals.margin();
        x[10] = Math.log(Math.max(1, signals.renderings()));
        x[11] = crossLingual ? 1 : 0;
        x[12] = crossLingual ? known : 0;
        x[13] = asked == 0 ? 0 : 1;
        x[14] = asked == 0
                ? 1
                : (double) (asked - missingNumbers(result, quotes).size()) / asked;
        x[15] = Math.log1p(missingWords(result).size());
        AnswerType type = result.reading().answerType();
        boolean typed = typed(type);
        boolean carried = !typed || carriesAnswerType(result);
        // Whether what a draft would quote gives it, not any passage among the first few.
        boolean quotedCarries = !typed
                || quotes.stream()
                        .anyMatch(passage -> type.carriedBy(passage.passage().text()));
        x[16] = typed ? 1 : 0;
        x[17] = carried ? 1 : 0;
        List<String> places = result.reading().places();
        x[18] = places.isEmpty() ? 0 : 1;
        x[19] = places.isEmpty()
                ? 1
                : (double) (places.size() - missingPlaces(result, quotes).size()) / places.size();
        x[20] = top.stream().mapToDouble(p -> p.match().phraseCoverage()).max().orElse(0);
        // How far the best passage's phrases stand above the next passage's: a question whose answer
        // is missing tends to meet several passages that share its phrases equally little.
        List<RetrievedPassage> all = result.passages();
        x[21] = all.size() < 2
                ? first.match().phraseCoverage()
                : first.match().phraseCoverage() - all.get(1).match().phraseCoverage();
        // Whether the question names what the best passage is about (an article's title), not only
        // words it shares with every article of the same law.
        x[22] = first.match().headingInQuestion();
        x[23] = first.match().questionInHeading();
        // A short question ("Quyền khác đối với tài sản không bao gồm …?") is answered by a title; a
        // long statement must be found in the body: coverage means more the more the question says.
        x[24] = Math.log1p(signals.phrases());
        x[25] = x[24] * x[20];
        // A sum of money, an age, a time of day, a day of a month or a place is asked for, and no passage
        // the draft quotes gives one; or "how many computers", and none gives a number of computers.
        x[26] = !quotedCarries
                                && (type == AnswerType.AMOUNT
                                        || type == AnswerType.AGE
                                        || type == AnswerType.TIME
                                        || type == AnswerType.DAY
                                        || type == AnswerType.PLACE)
                        || !counted(result, quotes)
                ? 1
                : 0;
        namedBodies(x, result, quotes, crossLingual);
        // Over one law every article shares the question's words about its subject; weighed by their
        // rarity within the best passage's own document, the question's pairs tell the article that
        // answers from a sibling found when it is missing, and its best paragraph from one that merely
        // shares a clause with it.
        x[NAMES.indexOf("own_document_phrase_coverage")] = first.match().ownDocumentCoverage();
        x[NAMES.indexOf("own_document_paragraph_coverage")] = first.match().ownDocumentParagraphCoverage();
        conceptsOfTheBest(x, result, crossLingual);
        FocusEvidence.Carried focused = focus.of(result, quotes);
        x[NAMES.indexOf("asks_focus")] = focused.judged() > 0 ? 1 : 0;
        x[NAMES.indexOf("focus_carried")] = focused.carried();
        overSibling(x, first, all);
        return x;
    }

    /**
     * How far the best passage stands above its nearest sibling (the best other passage of its own
     * document among those retrieved) on the evidence that tells one article of a law from another:
     * the question's pairs weighted by their rarity within the document, in the whole passage and in
     * its best paragraph, and the share of its heading the question names. With the answering article
     * gone, the sibling ranked first seldom stands far above the next one, which shares as much of
     * the question; the answering article usually carries what tells it apart. Without a sibling
     * among them, the best passage's own value: nothing of its document comes close.
     */
    private static void overSibling(double[] x, RetrievedPassage first, List<RetrievedPassage> passages) {
        List<PassageMatch> siblings = passages.stream()
                .skip(1)
                .filter(other ->
                        other.passage().document().equals(first.passage().document()))
                .map(RetrievedPassage::match)
                .toList();
        PassageMatch best = first.match();
        x[NAMES.indexOf("own_document_coverage_over_sibling")] =
                best.ownDocumentCoverage() - max(siblings, PassageMatch::ownDocumentCoverage);
        x[NAMES.indexOf("own_document_paragraph_over_sibling")] =
                best.ownDocumentParagraphCoverage() - max(siblings, PassageMatch::ownDocumentParagraphCoverage);
        x[NAMES.indexOf("heading_over_sibling")] =
                best.headingInQuestion() - max(siblings, PassageMatch::headingInQuestion);
    }

    private static double max(List<PassageMatch> matches, ToDoubleFunction<PassageMatch> value) {
        return matches.stream().mapToDouble(value).max().orElse(0);
    }

    /**
     * A body the question names ("Bộ Tài chính") that no passage the draft quotes names, counted
     * across languages only: there the glossary's concepts are all that can match, and the body is the
     * one that must. In the question's own language its words are counted with the others (the default
     * and vi-vi models gained nothing from it, the vi-other model .826 → .853 of right answers drafted
     * out of fold).
     */
    private void namedBodies(double[] x, RetrievalResult result, List<RetrievedPassage> quotes, boolean crossLingual) {
        List<GlossaryTerm> named = crossLingual ? bodies.in(result.reading().normalised()) : List.of();
        x[NAMES.indexOf("names_bodies")] = named.isEmpty() ? 0 : 1;
        x[NAMES.indexOf("bodies_found")] = named.isEmpty()
                ? 1
                : (double) (named.size() - missingBodies(named, quotes).size()) / named.size();
    }

    /**
     * The best passage's own concepts, not the best of the first few: every point of a document
     * shares its common concepts, so with the answering point gone a neighbour still carries most of
     * them, but seldom all, and seldom together in one sentence with the answer asked for. With the dev
     * questions also asked without their answering points, these raised the vi-other right drafted out
     * of fold at 98 % escalated from .59 to .80 (the English default's from .40 to .46). A question
     * that names no concept is judged by the share of its words the passage carries: counted as fully
     * carried, "What did Speaker Tran Thanh Man say about local favoritism?" gained as much from them
     * as from a passage that answers. Across languages only the concepts can tell the answering point
     * from the rest of its own document (the words of over_own_document cannot); in one language they
     * only repeat it, and computed there too it cost the English default a sixth of its drafts out of
     * fold (.46 to .38).
     */
    private static void conceptsOfTheBest(double[] x, RetrievalResult result, boolean crossLingual) {
        RetrievedPassage first = result.passages().get(0);
        ConceptEvidence concepts = first.match().concepts();
        AnswerType type = result.reading().answerType();
        boolean namesConcepts = result.signals().concepts() > 0;
        x[NAMES.indexOf("first_concept_share")] = namesConcepts ? first.match().conceptShare() : first.coverage();
        x[NAMES.indexOf("first_concepts_in_one_sentence")] =
                namesConcepts ? concepts.inOneSentence() : first.coverage();
        x[NAMES.indexOf("first_concepts_with_answer_type")] = !namesConcepts
                ? first.coverage()
                : typed(type) ? withAnswerType(first, type) : concepts.inOneSentence();
        x[NAMES.indexOf("concepts_over_own_document")] =
                crossLingual ? concepts.rarityShare() - ownDocumentRarityShare(result.passages(), first) : 0;
    }

    /** Whether the question asks for a kind of answer a passage can be seen to carry (a date, a body …). */
    private static boolean typed(AnswerType type) {
        return type != AnswerType.PERMISSION && type != AnswerType.OTHER;
    }

    /** The bodies the question names that none of the passages the draft quotes names. */
    List<String> missingBodies(RetrievalResult result) {
        return missingBodies(bodies.in(result.reading().normalised()), quoted.of(result)).stream()
                .map(body -> body.variants(result.language()).stream()
                        .findFirst()
                        .orElse(body.allVariants().findFirst().orElse("")))
                .toList();
    }

    private List<GlossaryTerm> missingBodies(List<GlossaryTerm> named, List<RetrievedPassage> quotes) {
        return bodies.missing(
                named, quotes.stream().map(RetrievedPassage::passage).toList());
    }

    /** Each feature's fixed sign ({@link #SIGNS}), 0 where the fit is free, in {@link #NAMES} order. */
    static int[] signs() {
        return NAMES.stream().mapToInt(name -> SIGNS.getOrDefault(name, 0)).toArray();
    }

    /**
     * The regime a result belongs to: the question's language, then the best passage's when it is
     * the same ({@code vi-vi}) or {@value #OTHER_LANGUAGE} when it is not ({@code vi-other}). The
     * evidence behaves differently in each: a Vietnamese question over English or Swedish documents
     * shares only the glossary's words with them, whichever of the two; one over Vietnamese law
     * shares many words with every article of the same law. A model file may hold a model per regime.
     */
    static String regime(RetrievalResult result) {
        if (result.passages().isEmpty()) {
            return result.language();
        }
        String passageLanguage = result.passages().get(0).passage().document().language();
        return result.language() + "-" + (passageLanguage.equals(result.language()) ? passageLanguage : OTHER_LANGUAGE);
    }

    /**
     * Whether the evidence rules answering out, whatever the other features say: the question names
     * a number or year (2026, 2030, a document number) or a place (a province, a commune) that none
     * of the passages a draft would quote contains, or asks for a sum of money or an age that none of
     * them gives, so no draft from them can be about what it asks.
     * Read from the feature vector {@link #of} made, so the passages are not searched again.
     */
    static boolean ruledOut(double[] x) {
        return x[NAMES.indexOf("names_numbers")] == 1 && x[NAMES.indexOf("numbers_found")] < 1
                || x[NAMES.indexOf("names_places")] == 1 && x[NAMES.indexOf("places_found")] < 1
                || x[NAMES.indexOf("specific_type_missing")] == 1;
    }

    /**
     * Names of the question's numbers and years that none of the passages the draft quotes contains,
     * in the question's order.
     */
    List<String> missingNumbers(RetrievalResult result) {
        return missingNumbers(result, quoted.of(result));
    }

    private static List<String> missingNumbers(RetrievalResult result, List<RetrievedPassage> quotes) {
        Set<String> found = new LinkedHashSet<>();
        quotes.forEach(passage -> found.addAll(NamedFigures.of(passage.passage())));
        return NamedFigures.missing(result.question(), found);
    }

    /**
     * Whether a considered passage carries the kind of answer the question asks for (a date for
     * "until when", a body for "who", a number for "how many"); true for other questions.
     */
    boolean carriesAnswerType(RetrievalResult result) {
        AnswerType type = result.reading().answerType();
        return top(result).stream()
                .anyMatch(passage -> type.carriedBy(passage.passage().text()));
    }

    /**
     * Whether a passage the draft quotes gives a number of what a "how many" question counts ("15
     * days" for "how many days"); true for other questions.
     */
    boolean counted(RetrievalResult result) {
        return counted(result, quoted.of(result));
    }

    private static boolean counted(RetrievalResult result, List<RetrievedPassage> quotes) {
        QuestionReading reading = result.reading();
        return reading.answerType() != AnswerType.NUMBER
                || quotes.stream()
                        .anyMatch(passage -> reading.countedIn(
                                passage.passage().text(),
                                passage.passage().document().language()));
    }

    /** The places the question names that none of the passages the draft quotes mentions. */
    List<String> missingPlaces(RetrievalResult result) {
        return missingPlaces(result, quoted.of(result));
    }

    private static List<String> missingPlaces(RetrievalResult result, List<RetrievedPassage> quotes) {
        List<String> passages = quotes.stream()
                .map(passage -> Glossary.fold(
                        passage.passage().heading() + " " + passage.passage().text()))
                .toList();
        return result.reading().places().stream()
                .filter(place -> passages.stream().noneMatch(text -> text.contains(Glossary.fold(place))))
                .toList();
    }

    /** Content words of the question the index knows but none of the considered passages carries. */
    List<String> missingWords(RetrievalResult result) {
        List<RetrievedPassage> top = top(result);
        if (top.isEmpty()) {
            return List.of();
        }
        List<String> missing = new ArrayList<>(top.get(0).match().missingWords());
        for (RetrievedPassage other : top.subList(1, top.size())) {
            missing.retainAll(other.match().missingWords());
        }
        return missing;
    }

    /**
     * The share of the question's concepts (weighted by rarity) that one sentence of {@code passage}
     * carries together with the kind of answer asked for: a neighbouring point may name a date and
     * the question's concepts, but in different sentences. The share of its best sentence when the
     * question names no concept (1).
     */
    private static double withAnswerType(RetrievedPassage passage, AnswerType type) {
        ConceptEvidence concepts = passage.match().concepts();
        List<String> sentences = Sentences.of(passage.passage().text());
        if (concepts.sentences().size() != sentences.size()) {
            return concepts.inOneSentence();
        }
        double best = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (type.carriedBy(sentences.get(i))) {
                best = Math.max(best, concepts.sentences().get(i));
            }
        }
        return best;
    }

    /** The best rarity-weighted concept share among the other passages of the first one's document; 0 when none. */
    private static double ownDocumentRarityShare(List<RetrievedPassage> passages, RetrievedPassage first) {
        return passages.stream()
                .skip(1)
                .filter(other ->
                        other.passage().document().equals(first.passage().document()))
                .mapToDouble(other -> other.match().concepts().rarityShare())
                .max()
                .orElse(0);
    }

    /** Which reason a feature that weighs against answering stands for. */
    static Assessment.Kind reasonOf(String feature) {
        return switch (feature) {
            case "unknown_share",
                    "unknown_share_own_language",
                    "missing_words",
                    "known_coverage",
                    "concept_share",
                    "cross_lingual_known_coverage",
                    "phrase_coverage",
                    "own_document_phrase_coverage",
                    "own_document_paragraph_coverage",
                    "first_concept_share",
                    "first_concepts_in_one_sentence",
                    "focus_carried" -> Assessment.Kind.TERMS_NOT_FOUND;
            case "first_concepts_with_answer_type" -> Assessment.Kind.NO_DATE_IN_PASSAGES;
            case "numbers_found" -> Assessment.Kind.NUMBER_OR_YEAR_NOT_FOUND;
            case "places_found" -> Assessment.Kind.PLACE_NOT_FOUND;
            case "bodies_found" -> Assessment.Kind.BODY_NOT_FOUND;
            case "answer_type_carried", "specific_type_missing" -> Assessment.Kind.NO_DATE_IN_PASSAGES;
            case "lexical_share",
                    "over_corpus",
                    "over_own_document",
                    "margin",
                    "phrase_margin",
                    "concepts_over_own_document",
                    "own_document_coverage_over_sibling",
                    "own_document_paragraph_over_sibling",
                    "heading_over_sibling" -> Assessment.Kind.NOT_SINGLED_OUT;
            default -> Assessment.Kind.WEAK_MATCH;
        };
    }

    private List<RetrievedPassage> top(RetrievalResult result) {
        return result.passages()
                .subList(0, Math.min(quoted.max(), result.passages().size()));
    }
}
