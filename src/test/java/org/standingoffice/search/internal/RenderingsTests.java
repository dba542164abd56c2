package org.standingoffice.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;

class RenderingsTests {

    static ScoredPassage passage(String file, String section, String language, String text) {
        SourceDocument document =
                new SourceDocument("183-KL/TW", "t", "conclusion", "", null, language, "", "", "", null);
        return new ScoredPassage(new Passage(file + "#" + section, document, file, section, "", text, List.of()), 1);
    }

    static final String POLICIES =
            "Research and propose regulations on regimes and policies for cadres affected by the arrangement";

    final ScoredPassage summary = passage("summary_en.md", "para. 5", "en", POLICIES + " before August 31");
    final ScoredPassage english = passage("en.md", "3(1)(ii)", "en", POLICIES + " of the apparatus");
    final ScoredPassage swedish = passage("sv.md", "3(1)(ii)", "sv", "Undersöka och föreslå regler om system");
    final ScoredPassage other = passage("en.md", "4(2)", "en", "Direct the settlement of policies before August 31");

    @Test
    void renderingsRelatedOnlyThroughAThirdAmongTheCandidatesAreOnePoint() {
        List<String> points =
                Renderings.points(List.of(summary, other, swedish), List.of(summary, other, swedish, english));

        assertThat(points.get(2))
                .isEqualTo(points.get(0))
                .isEqualTo(summary.passage().id());
        assertThat(points.get(1)).isEqualTo(other.passage().id());
    }

    @Test
    void withoutTheThirdEachStaysItsOwnPoint() {
        assertThat(Renderings.points(List.of(summary, swedish), List.of(summary, swedish)))
                .containsExactly(summary.passage().id(), swedish.passage().id());
    }

    @Test
    void aChainOfLikenessesNeverMakesTwoPassagesOfOneFileOnePoint() {
        // The summary is like both English points; they stay two points, and the summary joins the first.
        ScoredPassage alike = passage("en.md", "3(1)(iii)", "en", POLICIES + " of the apparatus too");

        List<String> points = Renderings.points(List.of(english, alike), List.of(english, alike, summary));

        assertThat(points).doesNotHaveDuplicates();
    }
}
