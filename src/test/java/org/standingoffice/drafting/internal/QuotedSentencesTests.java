package org.standingoffice.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;
import org.standingoffice.knowledge.QuoteRule;
import org.standingoffice.search.AnswerType;
import org.standingoffice.search.QuestionReading;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievalSignals;

class QuotedSentencesTests {

    private static final String PERSONNEL = "The Politburo and Secretariat requested that provincial and municipal"
            + " Party committees strictly implement Conclusion No. 150 of the Politburo and Guidance No. 31 of the"
            + " Central Organization Commission on building personnel plans for Party committees at merged and newly"
            + " established levels. The plans are submitted to competent authorities on schedule.";

    private static final String OFFICES = "The Standing Offices receive, guide and answer the proposals of agencies"
            + " and localities. They report to the Politburo on the operation of local government. The Standing"
            + " Offices operate from now until October 2025.";

    @Test
    void quotesTheWholeSentenceAroundNoNotFragmentsOfIt() {
        String quote = QuotedSentences.quote(
                PERSONNEL,
                QuotedSentences.words("What must provincial committees follow for personnel plans?"),
                AnswerType.OTHER);

        assertThat(quote).contains("Conclusion No. 150 of the Politburo and Guidance No. 31 of the Central");
        assertThat(QuoteRule.isVerbatim(quote, PERSONNEL)).isTrue();
    }

    @Test
    void putsTheSentenceCarryingTheAskedForDateFirstAndAlone() {
        Set<String> words = QuotedSentences.words("Until when do the Standing Offices operate?");

        String quote = QuotedSentences.quote(OFFICES, words, AnswerType.DATE);

        assertThat(quote).isEqualTo("The Standing Offices operate from now until October 2025.");
    }

    @Test
    void quotesTheAnsweringSentenceAloneThoughAnotherSharesMoreWords() {
        Set<String> words = QuotedSentences.words(
                "Which body do the Standing Offices report to about the operation of local government?");

        String quote = QuotedSentences.quote(OFFICES, words, AnswerType.BODY);

        assertThat(quote).isEqualTo("They report to the Politburo on the operation of local government.");
    }

    @Test
    void withoutAnAskedForTypeQuotesTheTwoBestSentencesInTheirOrder() {
        Set<String> words = QuotedSentences.words("Standing Offices receive proposals and operate until when");

        String quote = QuotedSentences.quote(OFFICES, words, AnswerType.OTHER);

        assertThat(quote)
                .isEqualTo("The Standing Offices receive, guide and answer the proposals of agencies and localities."
                        + " … The Standing Offices operate from now until October 2025.");
    }

    @Test
    void aDateInASentenceUnrelatedToTheQuestionIsNotPutFirst() {
        String passage = "Ministries review legal documents. The report was printed on 1.8.2025.";

        String quote = QuotedSentences.quote(
                passage, QuotedSentences.words("When do ministries review legal documents?"), AnswerType.DATE);

        assertThat(quote).startsWith("Ministries review legal documents.");
    }

    @Test
    void aQuestionInAnotherLanguageGetsTheOneSentenceThatCarriesWhatItAsksFor() {
        Set<String> words = QuotedSentences.words("Văn phòng thường trực hoạt động đến khi nào?");

        assertThat(QuotedSentences.quote(OFFICES, words, AnswerType.DATE))
                .isEqualTo("The Standing Offices operate from now until October 2025.");
        // Two sentences with a date: which one answers cannot be told without shared words.
        String twoDates = OFFICES + " The report was printed on 1.8.2025.";
        assertThat(QuotedSentences.quote(twoDates, words, AnswerType.DATE))
                .startsWith("The Standing Offices receive, guide and answer");
    }

    @Test
    void aQuestionInAnotherLanguageSharesItsConceptsRenderingsWithTheSentenceThatAnswers() {
        String passage = "The Politburo and the Secretariat will meet once a month to discuss the situation."
                + " Localities shall send reports no later than the 25th of each month.";
        String question = "bộ chính trị họp bao lâu một lần";
        Glossary glossary = new Glossary(
                List.of(
                        new GlossaryTerm(null, Map.of("vi", List.of("Bộ Chính trị"), "en", List.of("Politburo"))),
                        new GlossaryTerm(null, Map.of("vi", List.of("họp"), "en", List.of("meet", "meeting")))),
                Map.of());
        RetrievalResult result = new RetrievalResult(
                question,
                "vi",
                List.of(),
                0,
                new QuestionReading(
                        question, question, "vi", AnswerType.DATE, List.of(), List.of(), List.of(), false, List.of()),
                RetrievalSignals.none());

        Set<String> words = QuotedSentences.questionWords(result, glossary);

        assertThat(words).contains("politburo", "meet");
        // Both sentences give a period; the one on the Politburo's meetings is what was asked.
        assertThat(QuotedSentences.quote(passage, words, AnswerType.DATE))
                .isEqualTo("The Politburo and the Secretariat will meet once a month to discuss the situation.");
        assertThat(QuotedSentences.quote(
                        passage, QuotedSentences.questionWords(result, Glossary.empty()), AnswerType.DATE))
                .startsWith("The Politburo");
    }
}
