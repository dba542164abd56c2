package org.standingoffice.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.search.PassageMatch;
import org.standingoffice.search.RetrievedPassage;

class PointsTests {

    static Passage rendering(String file, String section, String language) {
        SourceDocument document =
                new SourceDocument("183-KL/TW", "t", "conclusion", "", null, language, "", "", "", null);
        return new Passage(file + "#" + section, document, file, section, "", "text of " + file, List.of());
    }

    static RetrievedPassage found(Passage passage, double score, double coverage, String point) {
        return new RetrievedPassage(passage, score, coverage, PassageMatch.unknown(coverage), point);
    }

    final RetrievedPassage summary = found(rendering("summary_en.md", "para. 5", "en"), 0.9, 0.6, "p5");
    final RetrievedPassage other = found(rendering("en.md", "4(2)", "en"), 0.8, 0.5, "p4");
    final RetrievedPassage swedish = found(rendering("sv.md", "3(1)(ii)", "sv"), 0.7, 0.9, "p5");

    @Test
    void eachPointIsKeptOnceInTheAskersLanguageAtItsFirstRank() {
        List<RetrievedPassage> quoted = Points.onePerPoint(List.of(summary, other, swedish), "sv");

        assertThat(quoted).extracting(found -> found.passage().sourceFile()).containsExactly("sv.md", "en.md");
        assertThat(quoted.get(0).score()).as("the point's first rank").isEqualTo(0.9);
        assertThat(quoted.get(0).coverage())
                .as("the best coverage of its renderings")
                .isEqualTo(0.9);
    }

    @Test
    void withoutARenderingInTheAskersLanguageTheFirstRankedIsKept() {
        List<RetrievedPassage> quoted = Points.onePerPoint(List.of(summary, other, swedish), "vi");

        assertThat(quoted).extracting(found -> found.passage().sourceFile()).containsExactly("summary_en.md", "en.md");
        assertThat(Points.onePerPoint(List.of(summary, other), "vi")).containsExactly(summary, other);
    }

    @Test
    void withoutARenderingInTheAskersLanguageAnEnglishOneIsPreferredToTheFirstRanked() {
        RetrievedPassage swedishFirst = found(rendering("sv.md", "3(1)(ii)", "sv"), 0.95, 0.9, "p5");

        assertThat(Points.onePerPoint(List.of(swedishFirst, summary), "vi"))
                .extracting(found -> found.passage().sourceFile())
                .containsExactly("summary_en.md");
    }
}
