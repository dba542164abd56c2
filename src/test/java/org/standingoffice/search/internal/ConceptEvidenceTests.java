package org.standingoffice.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.search.ConceptEvidence;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.SearchProperties;

/**
 * A Vietnamese question over English points of one conclusion, on a real index: every point names
 * the Politburo, one names the Standing Offices too. The glossary concepts are weighted by how few
 * passages carry them, so the point that shares only the common concept carries a small share of the
 * question, and one that names both in different sentences does not carry them in one.
 */
class ConceptEvidenceTests {

    @TempDir
    Path dir;

    private static final SourceDocument CONCLUSION =
            new SourceDocument("183-KL/TW", "Conclusion 183", "conclusion", "Politburo", null, "en", "", "", "", null);

    private static final Glossary GLOSSARY = new Glossary(
            List.of(
                    new GlossaryTerm(null, Map.of("vi", List.of("Bộ Chính trị"), "en", List.of("Politburo"))),
                    new GlossaryTerm(
                            null, Map.of("vi", List.of("văn phòng thường trực"), "en", List.of("Standing Offices")))),
            Map.of());

    private static Passage point(String number, String text) {
        return new Passage("kl.md#" + number, CONCLUSION, "kl.md", number, number, text, List.of());
    }

    @Test
    void theRareConceptWeighsMoreThanTheOneEveryPointShares() throws Exception {
        Passage answers = point("4", "The Politburo keeps the Standing Offices operating until October 2025.");
        Passage apart =
                point("5", "The Politburo met in August. The Standing Offices report monthly on their own staffing.");
        Passage common = point("6", "The Politburo will meet once a month.");
        Passage other = point("7", "The Politburo assigns the Government Party Committee to review the law.");
        Passage another = point("8", "The Politburo praised the communes.");

        RetrievalResult result = retrieve(
                "Văn phòng thường trực hoạt động đến khi nào theo Bộ Chính trị?",
                answers,
                apart,
                common,
                other,
                another);

        ConceptEvidence answering = evidence(result, answers);
        assertThat(answering.rarityShare()).isCloseTo(1, within(1e-9));
        assertThat(answering.inOneSentence()).isCloseTo(1, within(1e-9));
        ConceptEvidence neighbour = evidence(result, common);
        assertThat(neighbour.rarityShare())
                .as("only the Politburo, which all five points name")
                .isGreaterThan(0)
                .isLessThan(0.25);
        assertThat(neighbour.sentences()).hasSize(1);
        ConceptEvidence split = evidence(result, apart);
        assertThat(split.rarityShare()).isCloseTo(1, within(1e-9));
        assertThat(split.sentences()).hasSize(2);
        assertThat(split.inOneSentence())
                .as("the two concepts are named in different sentences")
                .isLessThan(split.rarityShare() - 0.05);
    }

    @Test
    void aQuestionNamingNoConceptHasNoConceptEvidence() throws Exception {
        Passage point = point("4", "The Politburo keeps the Standing Offices operating until October 2025.");

        RetrievalResult result = retrieve("Until when does the office keep operating?", point);

        assertThat(evidence(result, point)).isEqualTo(ConceptEvidence.none());
        assertThat(ConceptEvidence.none().inOneSentence()).isEqualTo(1);
    }

    private RetrievalResult retrieve(String question, Passage... points) throws Exception {
        SearchProperties properties = TestSearchProperties.at(dir.resolve("index"));
        try (LucenePassageIndex passages = new LucenePassageIndex(properties.indexDir())) {
            passages.replace(new SourceFile("kl.md", dir.resolve("kl.md"), "h"), List.of(points));
            passages.commit();
            SearchEngine engine = new SearchEngine(passages, new QuestionLanguage(), properties);
            engine.indexChanged(GLOSSARY);
            return engine.retrieve(question, points.length);
        }
    }

    private static ConceptEvidence evidence(RetrievalResult result, Passage passage) {
        return result.passages().stream()
                .filter(found -> found.passage().id().equals(passage.id()))
                .map(found -> found.match().concepts())
                .findFirst()
                .orElseThrow();
    }
}
