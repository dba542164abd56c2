package org.standingoffice.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standingoffice.drafting.Assessment;
import org.standingoffice.drafting.Decision;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.search.AnswerType;
import org.standingoffice.search.ConceptEvidence;
import org.standingoffice.search.PassageMatch;
import org.standingoffice.search.QuestionReading;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievalSignals;
import org.standingoffice.search.RetrievedPassage;

class DecisionFeaturesTests {

    private final DecisionFeatures features = new DecisionFeatures(new QuotedPassages(3, 0.8, 0.5));

    /** The features with a glossary that knows two ministries by name. */
    private static final DecisionFeatures WITH_BODIES = new DecisionFeatures(
            new QuotedPassages(3, 0.8, 0.5),
            () -> new Glossary(
                    List.of(
                            new GlossaryTerm(
                                    NamedBodies.TOPIC,
                                    Map.of("vi", List.of("Bộ Tài chính"), "en", List.of("Ministry of Finance"))),
                            new GlossaryTerm(
                                    NamedBodies.TOPIC,
                                    Map.of("vi", List.of("Bộ Tư pháp"), "en", List.of("Ministry of Justice")))),
                    Map.of(),
                    Map.of(NamedBodies.TOPIC, Map.of())));

    /** A passage with a month and a year, and no day. */
    private static final Passage MONTH_ONLY = new Passage(
            "x#3", Fixtures.CONCLUSION, "x", "3", "", "The Standing Offices operate until October 2025.", List.of());

    private static RetrievedPassage found(Passage passage, double known, List<String> missing) {
        return new RetrievedPassage(passage, 1, known, new PassageMatch(known, 1, 1, known, missing));
    }

    /** An English question asking no typed answer, naming no place or count, with the focus given. */
    private static QuestionReading english(String question, List<String> focus) {
        return new QuestionReading(
                question, question, "en", AnswerType.OTHER, List.of(), List.of(), List.of(), false, focus);
    }

    private static RetrievalResult result(
            String question, String language, AnswerType type, List<String> places, RetrievedPassage... passages) {
        QuestionReading reading =
                new QuestionReading(question, question, language, type, List.of(), places, List.of(), false, List.of());
        RetrievalSignals signals = new RetrievalSignals(0.25, List.of("luong"), 1, 1.2, 0.6, 0.3, 2, 6);
        return new RetrievalResult(question, language, List.of(passages), 0.5, reading, signals);
    }

    @Test
    void aBodyAVietnameseQuestionNamesMustBeNamedByAQuotedEnglishPassage() {
        RetrievalResult finances = overJustice("Bộ Tài chính phải hoàn thành việc gì?", "vi");
        RetrievalResult justices = overJustice("Bộ Tư pháp phải hoàn thành việc gì?", "vi");
        RetrievalResult sameLanguage = overJustice("What must the Ministry of Finance complete?", "en");

        double[] x = WITH_BODIES.of(finances);

        assertThat(feature(x, "names_bodies")).isEqualTo(1);
        assertThat(feature(x, "bodies_found")).isZero();
        assertThat(WITH_BODIES.missingBodies(finances)).containsExactly("Bộ Tài chính");
        assertThat(feature(WITH_BODIES.of(justices), "bodies_found")).isEqualTo(1);
        // In the passage's own language the body's words are counted with the question's others.
        assertThat(feature(WITH_BODIES.of(sameLanguage), "names_bodies")).isZero();
        assertThat(DecisionFeatures.reasonOf("bodies_found")).isEqualTo(Assessment.Kind.BODY_NOT_FOUND);
    }

    @Test
    void aMissingBodyIsOneReasonNotTwo() {
        int d = DecisionFeatures.NAMES.size();
        double[] weights = new double[d + 1];
        weights[1 + DecisionFeatures.NAMES.indexOf("known_coverage")] = 4;
        weights[1 + DecisionFeatures.NAMES.indexOf("bodies_found")] = 4;
        double[] means = new double[d];
        java.util.Arrays.fill(means, 1);
        double[] ones = new double[d];
        java.util.Arrays.fill(ones, 1);
        ModelDecision decision = new ModelDecision(
                new DecisionModel("test", DecisionFeatures.NAMES, means, ones, weights, 1, 0, 0.5, Map.of()),
                WITH_BODIES,
                0.5);
        RetrievalResult result = result(
                "Bộ Tài chính phải hoàn thành việc gì?",
                "vi",
                AnswerType.OTHER,
                List.of(),
                found(Fixtures.JUSTICE, 0.5, List.of("Bộ Tài chính", "hoàn thành")));

        List<Assessment.Reason> reasons = decision.assess(result).reasons();

        assertThat(reasons).contains(new Assessment.Reason(Assessment.Kind.BODY_NOT_FOUND, List.of("Bộ Tài chính")));
        assertThat(reasons)
                .filteredOn(reason -> reason.kind() == Assessment.Kind.TERMS_NOT_FOUND)
                .singleElement()
                .satisfies(reason -> assertThat(reason.terms()).doesNotContain("Bộ Tài chính"));
    }

    @Test
    void aQuestionNamingNoConceptIsJudgedByTheShareOfItsWordsTheBestPassageCarries() {
        RetrievedPassage weak =
                new RetrievedPassage(Fixtures.JUSTICE, 1, 0.03, new PassageMatch(0.03, 1, 1, 0, List.of("favoritism")));
        QuestionReading reading = english("favoritism?", List.of());
        // No concept named (the signals' concept count is 0).
        RetrievalSignals none = new RetrievalSignals(0.8, List.of("speaker"), 0, 1.2, 0.6, 0.3, 2, 6);
        RetrievalResult result = new RetrievalResult("favoritism?", "en", List.of(weak), 0.5, reading, none);

        double[] x = features.of(result);

        assertThat(feature(x, "first_concept_share")).isEqualTo(0.03);
        assertThat(feature(x, "first_concepts_in_one_sentence")).isEqualTo(0.03);
        assertThat(feature(x, "first_concepts_with_answer_type")).isEqualTo(0.03);
    }

    /** {@code question}, of no particular answer type, over the Ministry of Justice's point alone. */
    private static RetrievalResult overJustice(String question, String language) {
        return result(question, language, AnswerType.OTHER, List.of(), found(Fixtures.JUSTICE, 0.8, List.of()));
    }

    private double feature(double[] x, String name) {
        return x[DecisionFeatures.NAMES.indexOf(name)];
    }

    @Test
    void aYearTheQuestionNamesMustBeInAPassage() {
        RetrievalResult result = result(
                "What must be done before August 31, 2030?",
                "en",
                AnswerType.OTHER,
                List.of(),
                found(Fixtures.TRADE_UNION, 0.8, List.of()));

        double[] x = features.of(result);

        assertThat(feature(x, "names_numbers")).isEqualTo(1);
        // "31" is in the passage, "2030" is not.
        assertThat(feature(x, "numbers_found")).isEqualTo(0.5);
        assertThat(features.missingNumbers(result)).containsExactly("2030");
    }

    @Test
    void aYearOrPlaceNoConsideredPassageHasRulesAnsweringOutWhateverTheModelSays() {
        RetrievalResult year = result(
                "What must be done before August 31, 2030?",
                "en",
                AnswerType.OTHER,
                List.of(),
                found(Fixtures.TRADE_UNION, 1, List.of()));
        RetrievalResult place = result(
                "Văn phòng thường trực của tỉnh Lào Cai hoạt động đến khi nào?",
                "vi",
                AnswerType.DATE,
                List.of("Lào Cai"),
                found(Fixtures.TRADE_UNION, 1, List.of()));
        RetrievalResult neither = result(
                "What must be done before August 31?",
                "en",
                AnswerType.OTHER,
                List.of(),
                found(Fixtures.TRADE_UNION, 1, List.of()));

        assertThat(DecisionFeatures.ruledOut(features.of(year))).isTrue();
        assertThat(DecisionFeatures.ruledOut(features.of(place))).isTrue();
        assertThat(DecisionFeatures.ruledOut(features.of(neither))).isFalse();

        Assessment assessment = Fixtures.coverageDecision().assess(year);
        assertThat(assessment.decision()).isEqualTo(Decision.ESCALATE);
        assertThat(assessment.confidence()).isZero();
        assertThat(assessment.reasons().get(0))
                .isEqualTo(new Assessment.Reason(Assessment.Kind.NUMBER_OR_YEAR_NOT_FOUND, List.of("2030")));
        assertThat(Fixtures.coverageDecision().assess(place).reasons().get(0))
                .isEqualTo(new Assessment.Reason(Assessment.Kind.PLACE_NOT_FOUND, List.of("Lào Cai")));
    }

    @Test
    void aHowManyQuestionIsRuledOutWhenNoPassageCountsWhatItAsksAbout() {
        Passage counting = new Passage(
                "x#2",
                Fixtures.CONCLUSION,
                "x",
                "2",
                "",
                "Each commune service centre is equipped with at least 2 computers and a scanner.",
                List.of());
        RetrievalResult dated = counted("How many computers must a service centre have?", "en", Fixtures.TRADE_UNION);
        RetrievalResult counted = counted("How many computers must a service centre have?", "en", counting);
        RetrievalResult otherLanguageDated =
                counted("Trung tâm phải có bao nhiêu máy tính?", "vi", Fixtures.TRADE_UNION);
        RetrievalResult otherLanguageCounted = counted("Trung tâm phải có bao nhiêu máy tính?", "vi", counting);

        // The trade union passage has numbers (a date), but no number of computers.
        assertThat(DecisionFeatures.ruledOut(features.of(dated))).isTrue();
        assertThat(Fixtures.coverageDecision().assess(dated).reasons().get(0))
                .isEqualTo(new Assessment.Reason(Assessment.Kind.NO_COUNT_IN_PASSAGES, List.of("computers")));
        assertThat(DecisionFeatures.ruledOut(features.of(counted))).isFalse();
        // What an English passage counts is named in words a Vietnamese question does not use: any
        // number that counts something will do, a date will not.
        assertThat(DecisionFeatures.ruledOut(features.of(otherLanguageDated))).isTrue();
        assertThat(DecisionFeatures.ruledOut(features.of(otherLanguageCounted))).isFalse();
    }

    @Test
    void anOnWhatDateQuestionIsRuledOutWhenNoPassageNamesADay() {

        assertThat(DecisionFeatures.ruledOut(features.of(
                        result("On what date?", "en", AnswerType.DAY, List.of(), found(MONTH_ONLY, 0.9, List.of())))))
                .isTrue();
        assertThat(DecisionFeatures.ruledOut(features.of(result(
                        "On what date?",
                        "en",
                        AnswerType.DAY,
                        List.of(),
                        found(Fixtures.TRADE_UNION, 0.9, List.of())))))
                .isFalse();
    }

    @Test
    void theDayMustBeInAPassageTheDraftQuotesNotInAnyOfTheFirstFew() {
        RetrievalResult dayFarBelow = result(
                "On what date?",
                "en",
                AnswerType.DAY,
                List.of(),
                found(MONTH_ONLY, 0.9, List.of()),
                found(Fixtures.TRADE_UNION, 0.2, List.of()));
        RetrievalResult dayQuotedToo = result(
                "On what date?",
                "en",
                AnswerType.DAY,
                List.of(),
                found(MONTH_ONLY, 0.9, List.of()),
                found(Fixtures.TRADE_UNION, 0.85, List.of()));

        // Only a passage covering at least 0.8 of the best one's share is quoted beside it.
        assertThat(DecisionFeatures.ruledOut(features.of(dayFarBelow))).isTrue();
        assertThat(DecisionFeatures.ruledOut(features.of(dayQuotedToo))).isFalse();
    }

    @Test
    void aYearTheQuestionNamesMustBeInAPassageTheDraftQuotes() {
        Passage vision = new Passage(
                "x#4", Fixtures.CONCLUSION, "x", "4", "", "The vision to 2030 guides the commune plans.", List.of());
        java.util.function.DoublePredicate ruledOutWhenTheYearCovers =
                coverage -> DecisionFeatures.ruledOut(features.of(result(
                        "What will the communes do by 2030?",
                        "en",
                        AnswerType.OTHER,
                        List.of(),
                        found(Fixtures.TRADE_UNION, 0.9, List.of()),
                        found(vision, coverage, List.of()))));

        assertThat(ruledOutWhenTheYearCovers.test(0.2)).isTrue();
        assertThat(ruledOutWhenTheYearCovers.test(0.85)).isFalse();
    }

    private static RetrievalResult counted(String question, String language, Passage passage) {
        QuestionReading reading = new QuestionReading(
                question,
                question,
                language,
                AnswerType.NUMBER,
                List.of(),
                List.of(),
                language.equals("en") ? List.of("computers") : List.of("máy"),
                false,
                List.of());
        RetrievalSignals signals = new RetrievalSignals(0, List.of(), 0, 1.2, 0.6, 0.3, 1, 6);
        return new RetrievalResult(question, language, List.of(found(passage, 0.9, List.of())), 0.5, reading, signals);
    }

    @Test
    void phraseFeaturesAreTheBestPassagesShareAndItsLeadOverTheNext() {
        RetrievalResult result = result(
                "trade union finance",
                "en",
                AnswerType.OTHER,
                List.of(),
                found(Fixtures.TRADE_UNION, 0.9, List.of()),
                found(Fixtures.JUSTICE, 0.3, List.of()));

        double[] x = features.of(result);

        assertThat(feature(x, "phrase_coverage")).isEqualTo(0.9);
        assertThat(feature(x, "phrase_margin")).isCloseTo(0.6, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void ownDocumentFeaturesAreTheBestPassagesNotTheBestOfTheQuoted() {
        RetrievedPassage sibling = new RetrievedPassage(
                Fixtures.TRADE_UNION,
                1,
                0.9,
                new PassageMatch(0.9, 1, 1, 0.8, List.of(), 0, 0, 0, false, 0.35, 0.2, ConceptEvidence.none()));
        RetrievedPassage answering = new RetrievedPassage(
                Fixtures.JUSTICE,
                1,
                0.9,
                new PassageMatch(0.9, 1, 0.9, 0.8, List.of(), 0, 0, 0, false, 0.95, 0.9, ConceptEvidence.none()));
        RetrievalResult result = result("trade union finance", "en", AnswerType.OTHER, List.of(), sibling, answering);

        double[] x = features.of(result);

        // The second passage would be quoted too, but the sibling ranked first is what a draft leads with.
        assertThat(feature(x, "own_document_phrase_coverage")).isEqualTo(0.35);
        assertThat(feature(x, "own_document_paragraph_coverage")).isEqualTo(0.2);
        assertThat(DecisionFeatures.reasonOf("own_document_phrase_coverage"))
                .isEqualTo(Assessment.Kind.TERMS_NOT_FOUND);
        assertThat(DecisionFeatures.reasonOf("own_document_paragraph_coverage"))
                .isEqualTo(Assessment.Kind.TERMS_NOT_FOUND);
    }

    @Test
    void theBestPassageIsWeighedAgainstItsNearestSiblingOfTheSameDocument() {
        RetrievedPassage first = withOwnDocument(Fixtures.JUSTICE, 0.9, 0.8, 0.5);
        RetrievedPassage sibling = withOwnDocument(Fixtures.TRADE_UNION, 0.6, 0.3, 0.75);
        Passage elsewhere = new Passage(
                "sv#1", Fixtures.CONCLUSION_SV, "sv", "1", "", "Justitiedepartementet ser över reglerna.", List.of());
        RetrievedPassage otherDocument = withOwnDocument(elsewhere, 0.95, 0.95, 1);

        double[] x = features.of(result("review", "en", AnswerType.OTHER, List.of(), first, otherDocument, sibling));

        // The passage of another document stands higher, but only the sibling counts.
        assertThat(feature(x, "own_document_coverage_over_sibling")).isCloseTo(0.3, within(1e-9));
        assertThat(feature(x, "own_document_paragraph_over_sibling")).isCloseTo(0.5, within(1e-9));
        assertThat(feature(x, "heading_over_sibling")).isCloseTo(-0.25, within(1e-9));
        assertThat(DecisionFeatures.reasonOf("own_document_paragraph_over_sibling"))
                .isEqualTo(Assessment.Kind.NOT_SINGLED_OUT);
    }

    @Test
    void withoutASiblingTheBestPassageStandsByItsOwnEvidence() {
        double[] x = features.of(
                result("review", "en", AnswerType.OTHER, List.of(), withOwnDocument(Fixtures.JUSTICE, 0.9, 0.8, 0.5)));

        assertThat(feature(x, "own_document_coverage_over_sibling")).isEqualTo(0.9);
        assertThat(feature(x, "own_document_paragraph_over_sibling")).isEqualTo(0.8);
        assertThat(feature(x, "heading_over_sibling")).isEqualTo(0.5);
    }

    private static RetrievedPassage withOwnDocument(
            Passage passage, double coverage, double paragraphCoverage, double headingInQuestion) {
        return new RetrievedPassage(
                passage,
                1,
                0.9,
                new PassageMatch(
                        0.9,
                        1,
                        1,
                        0.8,
                        List.of(),
                        headingInQuestion,
                        0,
                        0,
                        false,
                        coverage,
                        paragraphCoverage,
                        ConceptEvidence.none()));
    }

    @Test
    void passagesMadeUpOutsideTheSearchHaveNoOwnDocumentEvidence() {
        double[] x = features.of(result(
                "trade union finance",
                "en",
                AnswerType.OTHER,
                List.of(),
                new RetrievedPassage(Fixtures.TRADE_UNION, 1, 0.9)));

        assertThat(feature(x, "own_document_phrase_coverage")).isZero();
        assertThat(feature(x, "own_document_paragraph_coverage")).isZero();
    }

    @Test
    void aWhenQuestionNeedsADateInAPassage() {
        Passage undated = new Passage(
                "x#1", Fixtures.CONCLUSION, "x", "1", "", "The Ministry of Justice reviews the provisions.", List.of());
        RetrievalResult withoutDate =
                result("Until when?", "en", AnswerType.DATE, List.of(), found(undated, 0.9, List.of()));
        RetrievalResult withDate =
                result("Until when?", "en", AnswerType.DATE, List.of(), found(Fixtures.TRADE_UNION, 0.9, List.of()));

        assertThat(feature(features.of(withoutDate), "asks_answer_type")).isEqualTo(1);
        assertThat(feature(features.of(withoutDate), "answer_type_carried")).isZero();
        assertThat(feature(features.of(withDate), "answer_type_carried")).isEqualTo(1);
    }

    @Test
    void aPlaceTheQuestionNamesMustBeInAPassage() {
        RetrievalResult result = result(
                "Văn phòng thường trực của tỉnh Lào Cai hoạt động đến khi nào?",
                "vi",
                AnswerType.DATE,
                List.of("Lào Cai"),
                found(Fixtures.TRADE_UNION, 0.4, List.of()));

        double[] x = features.of(result);

        assertThat(feature(x, "names_places")).isEqualTo(1);
        assertThat(feature(x, "places_found")).isZero();
        assertThat(feature(x, "cross_lingual")).isEqualTo(1);
        assertThat(feature(x, "cross_lingual_known_coverage")).isEqualTo(0.4);
    }

    @Test
    void missingWordsAreThoseNoConsideredPassageCarries() {
        RetrievalResult result = result(
                "salaries of trade union staff",
                "en",
                AnswerType.OTHER,
                List.of(),
                found(Fixtures.TRADE_UNION, 0.5, List.of("salaries", "staff")),
                found(Fixtures.JUSTICE, 0.2, List.of("salaries", "trade", "union")));

        assertThat(features.missingWords(result)).containsExactly("salaries");
        assertThat(feature(features.of(result), "missing_words")).isEqualTo(Math.log(2));
    }

    @Test
    void reasonsNameWhatPullsTheConfidenceDown() {
        ModelDecision decision = Fixtures.coverageDecision();
        RetrievalResult result = result(
                "What is the salary of trade union staff in 2030?",
                "en",
                AnswerType.OTHER,
                List.of(),
                found(Fixtures.TRADE_UNION, 0.1, List.of("salary")));

        Assessment assessment = decision.assess(result);

        assertThat(assessment.decision()).isEqualTo(Decision.ESCALATE);
        assertThat(assessment.confidence()).isLessThan(0.5);
        assertThat(assessment.reasons()).extracting(Assessment.Reason::kind).contains(Assessment.Kind.WEAK_MATCH);
    }

    @Test
    void noPassagesIsItsOwnReason() {
        Assessment assessment = Fixtures.coverageDecision().assess(new RetrievalResult("anything", "en", List.of(), 0));

        assertThat(assessment.confidence()).isZero();
        assertThat(assessment.reasons()).containsExactly(Assessment.Reason.of(Assessment.Kind.NO_PASSAGES));
    }

    @Test
    void everyReasonHasAMessageInEveryLanguage() {
        var messages = Fixtures.messages();
        for (Assessment.Kind kind : Assessment.Kind.values()) {
            for (String language : List.of("en", "vi", "sv")) {
                assertThat(messages.getMessage(
                                kind.messageKey(), new Object[] {"x"}, java.util.Locale.forLanguageTag(language)))
                        .isNotBlank()
                        .doesNotContain(kind.name());
            }
        }
    }

    @Test
    void theRegimeIsTheQuestionsLanguageAndTheBestPassagesAndTheHeadingEvidenceIsTheBestPassages() {
        Passage article = new Passage(
                "law#159",
                new org.standingoffice.knowledge.SourceDocument(
                        "Bộ luật dân sự", "Bộ luật dân sự", "law", "", null, "vi", "", "", "", null),
                "law",
                "Điều 159",
                "Quyền khác đối với tài sản",
                "Quyền khác đối với tài sản bao gồm quyền hưởng dụng và quyền bề mặt.",
                List.of());
        RetrievedPassage titled = new RetrievedPassage(
                article,
                1,
                0.9,
                new PassageMatch(0.9, 1, 1, 0.5, List.of(), 1, 0.75, 0, false, 0, 0, ConceptEvidence.none()));
        RetrievalResult law = result("Quyền khác đối với tài sản gồm gì?", "vi", AnswerType.OTHER, List.of(), titled);
        RetrievalResult overEnglish = result(
                "Ai hướng dẫn quản lý tài chính công đoàn?",
                "vi",
                AnswerType.BODY,
                List.of(),
                found(Fixtures.TRADE_UNION, 0.8, List.of()));

        double[] x = features.of(law);

        assertThat(DecisionFeatures.regime(law)).isEqualTo("vi-vi");
        assertThat(DecisionFeatures.regime(overEnglish)).isEqualTo("vi-other");
        assertThat(feature(x, "heading_in_question")).isEqualTo(1);
        assertThat(feature(x, "question_in_heading")).isEqualTo(0.75);
        // Six pairs of adjacent words the index knows (the signals above).
        assertThat(feature(x, "question_length")).isCloseTo(Math.log(7), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(feature(x, "question_length_phrase_coverage"))
                .isCloseTo(Math.log(7) * 0.5, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aQuestionOverPassagesInAnotherLanguageIsOneRegimeWhateverThatLanguage() {
        Passage guidance = new Passage(
                "183-KL-TW_sv.md#7(iii)",
                Fixtures.CONCLUSION_SV,
                "183-KL-TW_sv.md",
                "7(iii)",
                "",
                "(iii) Vägledning om ekonomisk förvaltning och fonder för sociopolitiska organisationer.",
                List.of());

        RetrievalResult overSwedish = result(
                "Ai hướng dẫn quản lý tài chính công đoàn?",
                "vi",
                AnswerType.BODY,
                List.of(),
                found(guidance, 0.8, List.of()));
        RetrievalResult englishOverSwedish = result(
                "Who gives guidance on trade union finances?",
                "en",
                AnswerType.BODY,
                List.of(),
                found(guidance, 0.8, List.of()));

        assertThat(DecisionFeatures.regime(overSwedish)).isEqualTo("vi-other");
        assertThat(DecisionFeatures.regime(englishOverSwedish)).isEqualTo("en-other");
    }

    /** A passage of the English conclusion whose match carries the given concept evidence. */
    private static RetrievedPassage withConcepts(
            String number, String text, double conceptShare, ConceptEvidence concepts) {
        Passage passage = new Passage("x#" + number, Fixtures.CONCLUSION, "x", number, "", text, List.of());
        return new RetrievedPassage(
                passage,
                1,
                0.9,
                new PassageMatch(0.9, conceptShare, 1, 0.2, List.of(), 0, 0, 0, false, 0, 0, concepts));
    }

    @Test
    void theBestPassagesOwnConceptsCountNotTheBestOfTheFirstFew() {
        RetrievedPassage neighbour = withConcepts(
                "5",
                "The Politburo met. The Standing Offices report monthly.",
                0.5,
                new ConceptEvidence(0.2, List.of(0.2, 0.0)));
        RetrievedPassage answering = withConcepts(
                "4", "The Standing Offices operate until October 2025.", 1, new ConceptEvidence(1, List.of(1.0)));

        double[] x = features.of(result(
                "Văn phòng thường trực hoạt động đến khi nào?",
                "vi",
                AnswerType.OTHER,
                List.of(),
                neighbour,
                answering));

        assertThat(feature(x, "concept_share")).isEqualTo(1);
        assertThat(feature(x, "first_concept_share")).isEqualTo(0.5);
        assertThat(feature(x, "first_concepts_in_one_sentence")).isEqualTo(0.2);
        assertThat(feature(x, "first_concepts_with_answer_type"))
                .as("an untyped question takes the best sentence")
                .isEqualTo(0.2);
    }

    @Test
    void theAskedAnswerTypeMustStandInTheSentenceThatCarriesTheConcepts() {
        // The date is in the first sentence, the question's concepts in the second.
        RetrievedPassage apart = withConcepts(
                "5",
                "The meeting was held on August 1, 2025. The Standing Offices report to the Politburo.",
                1,
                new ConceptEvidence(1, List.of(0.1, 1.0)));
        RetrievedPassage together = withConcepts(
                "4",
                "The Standing Offices of the Politburo operate until October 2025.",
                1,
                new ConceptEvidence(1, List.of(1.0)));
        String question = "Văn phòng thường trực của Bộ Chính trị hoạt động đến khi nào?";

        double[] split = features.of(result(question, "vi", AnswerType.DATE, List.of(), apart));
        double[] joined = features.of(result(question, "vi", AnswerType.DATE, List.of(), together));

        assertThat(feature(split, "first_concepts_in_one_sentence")).isEqualTo(1);
        assertThat(feature(split, "first_concepts_with_answer_type")).isEqualTo(0.1);
        assertThat(feature(joined, "first_concepts_with_answer_type")).isEqualTo(1);
    }

    @Test
    void acrossLanguagesTheBestPassageStandsAboveTheRestOfItsDocumentByItsConcepts() {
        RetrievedPassage first = withConcepts(
                "4", "The Standing Offices operate until October 2025.", 1, new ConceptEvidence(0.9, List.of(0.9)));
        RetrievedPassage sibling =
                withConcepts("6", "The Politburo will meet once a month.", 0.5, new ConceptEvidence(0.3, List.of(0.3)));
        SourceDocument notice = new SourceDocument(
                "412/TB-VPCP", "Notice 412", "notice", "Government Office", null, "en", "", "", "", null);
        RetrievedPassage otherDocument = new RetrievedPassage(
                new Passage("n#1", notice, "n", "1", "", "The Standing Offices were set up in 2025.", List.of()),
                1,
                0.9,
                new PassageMatch(
                        0.9, 1, 1, 0.2, List.of(), 0, 0, 0, false, 0, 0, new ConceptEvidence(0.8, List.of(0.8))));

        double[] vietnamese = features.of(result(
                "Văn phòng thường trực hoạt động đến khi nào?",
                "vi",
                AnswerType.OTHER,
                List.of(),
                first,
                otherDocument,
                sibling));
        double[] alone = features.of(
                result("Văn phòng thường trực hoạt động đến khi nào?", "vi", AnswerType.OTHER, List.of(), first));
        double[] english = features.of(result(
                "Until when do the Standing Offices operate?", "en", AnswerType.DATE, List.of(), first, sibling));

        assertThat(feature(vietnamese, "concepts_over_own_document")).isCloseTo(0.6, within(1e-9));
        assertThat(feature(alone, "concepts_over_own_document")).isCloseTo(0.9, within(1e-9));
        assertThat(feature(english, "concepts_over_own_document"))
                .as("in one language over_own_document measures it with the words themselves")
                .isZero();
    }

    @Test
    void aFocusNoQuotedPassageCarriesWeighsAgainstAnsweringAsMissingTerms() {
        QuestionReading reading = english("What is the penalty for a late guidance?", List.of("penalty"));
        RetrievalResult result = new RetrievalResult(
                reading.asTyped(),
                "en",
                List.of(found(Fixtures.TRADE_UNION, 0.9, List.of())),
                0.5,
                reading,
                RetrievalSignals.none());

        double[] x = features.of(result);

        assertThat(feature(x, "asks_focus")).isEqualTo(1);
        assertThat(feature(x, "focus_carried")).isZero();
        assertThat(DecisionFeatures.reasonOf("focus_carried")).isEqualTo(Assessment.Kind.TERMS_NOT_FOUND);
        assertThat(DecisionFeatures.signs()[DecisionFeatures.NAMES.indexOf("focus_carried")])
                .isEqualTo(1);
    }
}
