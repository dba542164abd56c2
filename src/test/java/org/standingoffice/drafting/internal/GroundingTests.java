package org.standingoffice.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;

class GroundingTests {

    static final Passage STANDING_OFFICES = new Passage(
            "KL-2025-05-16_en.md#para. 16",
            new SourceDocument(
                    "KL-2025-05-16",
                    "Conclusion of 16 May 2025 (official number not verified; placeholder KL-2025-05-16)",
                    "conclusion",
                    "Politburo and Secretariat",
                    LocalDate.of(2025, 5, 16),
                    "en",
                    "",
                    "",
                    "",
                    null,
                    false),
            "KL-2025-05-16_en.md",
            "para. 16",
            "",
            "The Politburo and Secretariat requested the Central Party committees to promptly establish a Standing"
                    + " Office. The Standing Offices operate from now until October 2025.",
            List.of());

    final Grounding grounding = new Grounding(4, 0.5);
    final Map<String, Passage> shown = Map.of("P1", STANDING_OFFICES);

    static ModelReply reply(String text) {
        return new ModelReply(
                List.of(new ModelReply.Sentence(
                        text, List.of("P1"), "The Standing Offices operate from now until October 2025.")),
                false,
                "");
    }

    @Test
    void aSentenceMayNameTheDocumentAsItsCitationWasShownByDate() {
        assertThat(grounding.problem(
                        reply("Theo Kết luận ngày 16/5/2025, Văn phòng thường trực hoạt động đến tháng 10/2025."),
                        shown,
                        "vi"))
                .isEmpty();
    }

    @Test
    void aSentenceThatWritesAPlaceholderNumberIsRefused() {
        assertThat(grounding.problem(
                        reply("Theo Kết luận kl-2025-05-16, Văn phòng thường trực hoạt động đến tháng 10/2025."),
                        shown,
                        "vi"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("placeholder"));
    }

    @Test
    void aSentenceStatingANumberItsPassageLacksIsStillRefused() {
        assertThat(grounding.problem(reply("Văn phòng thường trực hoạt động đến tháng 10/2026."), shown, "vi"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("2026"));
    }
}
