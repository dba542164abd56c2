package org.standingoffice.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.search.RetrievalResult;
import org.standingoffice.search.RetrievedPassage;

class RetrievingAssistantTests {

    static RetrievedPassage found(Passage passage) {
        return new RetrievedPassage(passage, 1, 0.5);
    }

    static Passage point(String section) {
        return new Passage(
                "183-KL-TW_en.md#" + section,
                Fixtures.CONCLUSION,
                "183-KL-TW_en.md",
                section,
                "",
                "text " + section,
                List.of());
    }

    @Test
    void theMoreConfidentQueryLeadsAndPointsFoundTwiceAppearOnce() {
        RetrievalResult original =
                new RetrievalResult("ai ra soat quy dinh", "vi", List.of(found(point("9")), found(point("3(2)"))), 0.2);
        RetrievalResult rewritten = new RetrievalResult(
                "Ministry of Justice review of provisions",
                "en",
                List.of(found(point("3(2)")), found(point("4(1)")), found(point("5"))),
                0.8);

        RetrievalResult merged = RetrievingAssistant.merge(original, rewritten, 3);

        assertThat(merged.question()).isEqualTo("ai ra soat quy dinh");
        assertThat(merged.language()).isEqualTo("vi");
        assertThat(merged.confidence()).isEqualTo(0.8);
        assertThat(merged.passages())
                .extracting(found -> found.passage().section())
                .containsExactly("3(2)", "9", "4(1)");
    }
}
