package org.standingoffice.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFurnitureFilterTests {

    private static final List<String> FURNITURE = List.of(
            "Photo:",
            "Foto:",
            "![",
            "Comment (0)",
            "Kommentar (0)",
            "You may also like",
            "Scrambles to Prepare Resources",
            "No Place for Local Favoritism",
            "Streamlining Territories",
            "Let me know if you would like",
            "Source: http",
            "Källa:",
            "Enligt VNA");

    private final PageFurnitureFilter filter = new PageFurnitureFilter();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "183-KL-TW_en.md",
                "183-KL-TW_sv.md",
                "183-KL-TW_summary_en.md",
                "412-TB-VPCP_en.md",
                "KL-2025-05-16_en.md"
            })
    void leavesNoPageFurnitureInAShippedDocument(String fileName) {
        List<String> lines = filter.documentLines(KnowledgeBaseTexts.body(fileName));

        assertThat(lines).isNotEmpty();
        for (String furniture : FURNITURE) {
            assertThat(lines).noneMatch(line -> line.contains(furniture));
        }
    }

    @Test
    void keepsTheTextOfConclusion183() {
        List<String> lines = filter.documentLines(KnowledgeBaseTexts.body("183-KL-TW_en.md"));

        assertThat(lines)
                .startsWith("The conclusion stated:")
                .anyMatch(line -> line.startsWith("At the meeting on August 1, 2025, after listening"))
                .anyMatch(line -> line.startsWith("1. Basically agree with the contents"))
                .anyMatch(line -> line.startsWith("4. Assign ministries, departments, branches and localities:"))
                .anyMatch(line -> line.startsWith("Leadership and direction: (1) The Ministry of Home Affairs"));
        assertThat(lines.get(lines.size() - 1))
                .startsWith("9. The Politburo and the Secretariat will meet once a month")
                .endsWith("no later than the 25th of each month.");
    }

    @Test
    void keepsTheTextOfTheSwedishTranslationUpToItsLastPoint() {
        List<String> lines = filter.documentLines(KnowledgeBaseTexts.body("183-KL-TW_sv.md"));

        assertThat(lines.get(0)).startsWith("Slutsats nr 183-KL/TW konstaterade:");
        assertThat(lines)
                .contains(
                        "Ledarskap och riktning:",
                        "(1) Inrikesministeriet samordnar med berörda ministerier och grenar:");
        assertThat(lines.get(lines.size() - 1))
                .startsWith("9. Politbyrån och sekretariatet ska mötas")
                .endsWith("senast den 25:e varje månad.");
    }

    @Test
    void dropsEverythingFromTheTeaserHeadingOn() {
        List<String> lines = filter.documentLines(KnowledgeBaseTexts.body("KL-2025-05-16_en.md"));

        assertThat(lines).contains("Promote decentralization and empowerment");
        assertThat(lines.get(lines.size() - 1))
                .startsWith("The conclusion of the Politburo and Secretariat also requested the Central Organization")
                .endsWith("under the management of the Politburo and Secretariat.");
    }

    @Test
    void dropsImagesCaptionsCountersSourcesBylinesAndShareButtons() {
        String page = """
                ![[Foto] Premiärministern på besök](https://example.org/photo.webp)
                Officials at the commune service centre. (Photo: DANG KHOA) |
                Personal vid servicecentret i Lang Son-provinsen. Foto: VNA
                The commune receives applications every working day.
                Comment (0)
                Kommentar (0)
                Source: https://example.org/article-1.html
                Källa: https://example.org/artikel-1.htm
                Nguồn: Cổng thông tin điện tử Chính phủ
                According to VNA
                Share | Facebook | Zalo
                """;

        assertThat(filter.documentLines(page)).containsExactly("The commune receives applications every working day.");
    }

    @Test
    void stripsLinesAndDropsBlankOnes() {
        String text = "  1. First point.  \n\n\t\n(1) A sub-point.\r\n";

        assertThat(filter.documentLines(text)).containsExactly("1. First point.", "(1) A sub-point.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"You may also like", "Related articles:", "Läs också", "Xem thêm:", "Tin liên quan"})
    void stopsAtARelatedArticlesHeading(String teaserHeading) {
        String page =
                "9. Localities send reports monthly.\n" + teaserHeading + "\nA teaser headline\nMore teaser text.";

        assertThat(filter.documentLines(page)).containsExactly("9. Localities send reports monthly.");
    }

    @Test
    void keepsProseThatOnlyMentionsASourceOrAPhoto() {
        String text = """
                Source: the report of the Ministry of Home Affairs, No. 428-BC/BTCTW of 31 July 2025.
                The photo archive of the district is handed over to the commune before the district is dissolved.
                """;

        assertThat(filter.documentLines(text)).hasSize(2);
    }
}
