package org.standingoffice.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.standingoffice.knowledge.internal.StructuralChunker.Chunk;

class StructuralChunkerTests {

    private static final List<String> SECTIONS_OF_183 = List.of(
            "1",
            "2",
            "3",
            "3(1)(i)",
            "3(1)(ii)",
            "3(2)",
            "4(1)",
            "4(2)",
            "4(3)",
            "5",
            "6",
            "7",
            "7(i)",
            "7(ii)",
            "7(iii)",
            "8",
            "9");

    private static final String VIETNAMESE_DECREE = """
            Chương I
            NHỮNG QUY ĐỊNH CHUNG
            Mục 1
            PHẠM VI VÀ ĐỐI TƯỢNG
            Điều 1. Phạm vi điều chỉnh
            1. Nghị định này quy định về phân quyền, phân cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ.
            2. Ủy ban nhân dân cấp xã có trách nhiệm:
            a) Tiếp nhận hồ sơ của tổ chức, cá nhân trước ngày 31/8/2025;
            b) Báo cáo Ủy ban nhân dân cấp tỉnh chậm nhất ngày 25 hằng tháng.
            Điều 2. Đối tượng áp dụng
            Nghị định này áp dụng đối với cơ quan, tổ chức, cá nhân có liên quan.
            """;

    private final PageFurnitureFilter furniture = new PageFurnitureFilter();
    private final StructuralChunker chunker = new StructuralChunker(120);

    @Test
    void findsThePointsAndSubPointsOfConclusion183() {
        List<Chunk> chunks = chunksOf183("183-KL-TW_en.md");

        assertThat(chunks)
                .extracting(Chunk::section)
                .containsExactlyElementsOf(Stream.concat(Stream.of("para. 1", "para. 2"), SECTIONS_OF_183.stream())
                        .toList());
    }

    @Test
    void findsTheSameSectionsInTheSwedishTranslation() {
        List<Chunk> chunks = chunksOf183("183-KL-TW_sv.md");

        assertThat(chunks)
                .extracting(Chunk::section)
                .filteredOn(section -> !section.startsWith("para. "))
                .containsExactlyElementsOf(SECTIONS_OF_183);
    }

    @Test
    void givesAnInlineSubPointOnlyItsOwnText() {
        Chunk point42 = section(chunksOf183("183-KL-TW_en.md"), "4(2)");

        assertThat(point42.text())
                .startsWith("Direct the handling and settlement of policies and regimes")
                .endsWith("after this date, it will end.")
                .doesNotContain("(3)", "Seriously implement");
    }

    @Test
    void putsTheParentsLeadIntoTheHeadingOfItsSubPoints() {
        List<Chunk> chunks = chunksOf183("183-KL-TW_en.md");

        assertThat(section(chunks, "3(1)(i)").heading())
                .startsWith("Assign the Government Party Committee to continue")
                .endsWith(" › The Ministry of Home Affairs coordinates with relevant ministries and branches to:");
        assertThat(section(chunks, "3(2)").heading()).startsWith("Assign the Government Party Committee");
        assertThat(section(chunks, "4(1)").heading())
                .isEqualTo("Assign ministries, departments, branches and localities:");
        assertThat(section(chunks, "7(iii)").heading())
                .startsWith(
                        "Assign the Party Committee of the Vietnam Fatherland Front and Central mass organizations");
        assertThat(section(chunks, "3(1)(i)").text()).startsWith("Urgently continue to organize training");
    }

    @Test
    void doesNotMakeAPassageOfAPointThatOnlyIntroducesItsSubPoints() {
        List<Chunk> chunks = chunksOf183("183-KL-TW_en.md");

        assertThat(chunks).extracting(Chunk::section).doesNotContain("4", "3(1)");
        assertThat(section(chunks, "7").text())
                .startsWith("Assign the Party Committee of the Vietnam Fatherland Front")
                .doesNotContain("(i)");
    }

    @Test
    void labelsVietnameseDivisionsTheWayTheyAreCited() {
        List<Chunk> chunks = chunker.chunk(KnowledgeBaseTexts.lines(VIETNAMESE_DECREE));

        assertThat(chunks)
                .extracting(Chunk::section)
                .containsExactly("khoản 1 Điều 1", "điểm a khoản 2 Điều 1", "điểm b khoản 2 Điều 1", "Điều 2");
        assertThat(section(chunks, "khoản 1 Điều 1").text()).startsWith("Nghị định này quy định về phân quyền");
        assertThat(section(chunks, "điểm a khoản 2 Điều 1").text())
                .isEqualTo("Tiếp nhận hồ sơ của tổ chức, cá nhân trước ngày 31/8/2025;");
        assertThat(section(chunks, "Điều 2").text())
                .contains("Nghị định này áp dụng đối với cơ quan, tổ chức, cá nhân có liên quan.");
    }

    @Test
    void putsTheChapterAndArticleTitlesIntoTheHeading() {
        List<Chunk> chunks = chunker.chunk(KnowledgeBaseTexts.lines(VIETNAMESE_DECREE));

        assertThat(section(chunks, "khoản 1 Điều 1").heading())
                .contains("NHỮNG QUY ĐỊNH CHUNG", "PHẠM VI VÀ ĐỐI TƯỢNG")
                .endsWith("Phạm vi điều chỉnh");
        assertThat(section(chunks, "điểm b khoản 2 Điều 1").heading())
                .contains("NHỮNG QUY ĐỊNH CHUNG", "Phạm vi điều chỉnh")
                .endsWith("Ủy ban nhân dân cấp xã có trách nhiệm:");
    }

    @Test
    void anArticleWithoutClausesIsOneSection() {
        List<Chunk> chunks = chunker.chunk(List.of(
                "Chương I. NHỮNG QUY ĐỊNH CHUNG",
                "Điều 1. Phạm vi điều chỉnh",
                "Nghị định này quy định về phân quyền, phân cấp trong lĩnh vực quản lý nhà nước."));

        assertThat(chunks).extracting(Chunk::section).containsExactly("Điều 1");
        assertThat(chunks.get(0).heading()).isEqualTo("Chương I. NHỮNG QUY ĐỊNH CHUNG");
    }

    @Test
    void keepsTheChapterNumberWhenItsTitleFollowsOnTheNextLine() {
        List<Chunk> chunks = chunker.chunk(KnowledgeBaseTexts.lines(VIETNAMESE_DECREE));

        assertThat(section(chunks, "khoản 1 Điều 1").heading())
                .contains("Chương I", "NHỮNG QUY ĐỊNH CHUNG", "Mục 1", "PHẠM VI VÀ ĐỐI TƯỢNG");
    }

    @Test
    void joinsABareChapterNumberAndTheTitleOnTheNextLineIntoOneHeading() {
        List<Chunk> chunks = chunker.chunk(KnowledgeBaseTexts.lines(VIETNAMESE_DECREE));

        assertThat(section(chunks, "khoản 1 Điều 1").heading())
                .isEqualTo("Chương I. NHỮNG QUY ĐỊNH CHUNG › Mục 1. PHẠM VI VÀ ĐỐI TƯỢNG › Phạm vi điều chỉnh");
    }

    @Test
    void keepsABareChapterNumberWhenProseFollowsIt() {
        List<Chunk> chunks = chunker.chunk(List.of(
                "Chương II",
                "Các bộ, ngành và địa phương tổ chức thực hiện Nghị định này theo chức năng, nhiệm vụ được giao."));

        assertThat(chunks).extracting(Chunk::section, Chunk::heading).containsExactly(tuple("para. 1", "Chương II"));
    }

    @Test
    void opensAnArticleAtABareNumberWhoseTitleFollowsOnTheNextLine() {
        List<Chunk> chunks = chunker.chunk(List.of(
                "Điều 1",
                "Phạm vi điều chỉnh",
                "1. Nghị định này quy định về phân quyền, phân cấp trong lĩnh vực quản lý nhà nước của Bộ Nội vụ.",
                "Điều 2",
                "Đối tượng áp dụng",
                "Nghị định này áp dụng đối với cơ quan, tổ chức, cá nhân có liên quan."));

        assertThat(chunks).extracting(Chunk::section).containsExactly("khoản 1 Điều 1", "Điều 2");
        assertThat(section(chunks, "khoản 1 Điều 1").heading()).isEqualTo("Phạm vi điều chỉnh");
        assertThat(section(chunks, "Điều 2").text()).startsWith("Đối tượng áp dụng\nNghị định này áp dụng");
    }

    @Test
    void doesNotOpenAnArticleAtAVietnameseLineThatCitesOne() {
        List<Chunk> chunks = chunker.chunk(List.of(
                "Điều 1. Nhiệm vụ của Ủy ban nhân dân cấp xã",
                "1. Tiếp nhận và giải quyết hồ sơ của tổ chức, cá nhân.",
                "Điều 31 Luật Tổ chức chính quyền địa phương quy định nhiệm vụ này.",
                "2. Báo cáo Ủy ban nhân dân cấp tỉnh hằng tháng."));

        assertThat(chunks).extracting(Chunk::section).containsExactly("khoản 1 Điều 1", "khoản 2 Điều 1");
        assertThat(section(chunks, "khoản 1 Điều 1").text())
                .endsWith("Điều 31 Luật Tổ chức chính quyền địa phương quy định nhiệm vụ này.");
    }

    @Test
    void labelsArticlesClausesAndLettersInTheEnglishStyle() {
        List<Chunk> chunks = chunker.chunk(List.of(
                "Article 5. Scope",
                "1. This decree governs the communes and wards of every province.",
                "2. The commune shall:",
                "a) receive applications;",
                "b) report monthly.",
                "Article 6: Subjects",
                "This decree applies to all communes and wards of the country without exception."));

        assertThat(chunks)
                .extracting(Chunk::section)
                .containsExactly("Article 5(1)", "Article 5(2)(a)", "Article 5(2)(b)", "Article 6");
        assertThat(section(chunks, "Article 5(2)(a)").heading()).isEqualTo("Scope › The commune shall:");
        assertThat(section(chunks, "Article 5(2)(b)").text()).isEqualTo("report monthly.");
    }

    @Test
    void makesMarkdownHeadingsTheHeadingContext() {
        List<Chunk> chunks = chunker.chunk(List.of(
                "# Conclusion No. 183-KL/TW",
                "## Tasks of the ministries",
                "The ministries finish the review of overlapping regulations this month.",
                "## Reporting",
                "Localities report to the Central Organizing Committee every month.",
                "### Deadlines",
                "Reports are due on the 25th of each month."));

        assertThat(chunks)
                .extracting(Chunk::section, Chunk::heading)
                .containsExactly(
                        tuple("para. 1", "Conclusion No. 183-KL/TW › Tasks of the ministries"),
                        tuple("para. 2", "Conclusion No. 183-KL/TW › Reporting"),
                        tuple("para. 3", "Conclusion No. 183-KL/TW › Reporting › Deadlines"));
    }

    @Test
    void readsAMarkdownHeadingThatIsAnArticleAsTheArticle() {
        List<Chunk> chunks = chunker.chunk(List.of(
                "# Decree on communes",
                "## Article 3. Tasks of the commune",
                "The commune receives and settles applications of citizens and businesses."));

        assertThat(chunks).extracting(Chunk::section).containsExactly("Article 3");
        assertThat(chunks.get(0).heading()).isEqualTo("Decree on communes");
        assertThat(chunks.get(0).text()).startsWith("Tasks of the commune");
    }

    @Test
    void doesNotOpenASectionAtAParentheticalYearOrReference() {
        List<Chunk> chunks = chunker.chunk(List.of(
                "1. The Politburo met in August (2025) and reviewed the report"
                        + " (Report No. 428-BC/BTCTW, dated July 31, 2025) in detail.",
                "(2025) was a year of reform for every commune.",
                "2. Localities report monthly."));

        assertThat(chunks).extracting(Chunk::section).containsExactly("1", "2");
        assertThat(section(chunks, "1").text())
                .contains("(Report No. 428-BC/BTCTW, dated July 31, 2025)", "(2025) was a year");
    }

    @Test
    void doesNotOpenASectionAtAMarkerOutOfSequence() {
        List<Chunk> chunks = chunker.chunk(List.of(
                "1. Basically agree with the report of the Central Organizing Committee.",
                "2. Assign ministries: (1) Complete the plan. (3) This is not a sub-point. (2) Finish the review.",
                "(4) Neither is this line.",
                "15. Nor is a number inside the prose.",
                "3. Localities report monthly.",
                "(3) Out of sequence under a point without sub-points.",
                "5. Nor is a point number that skips one."));

        assertThat(chunks).extracting(Chunk::section).containsExactly("1", "2(1)", "2(2)", "3");
        assertThat(section(chunks, "2(1)").text()).isEqualTo("Complete the plan. (3) This is not a sub-point.");
        assertThat(section(chunks, "2(2)").text())
                .isEqualTo("Finish the review.\n(4) Neither is this line.\n15. Nor is a number inside the prose.");
        assertThat(section(chunks, "3").text())
                .endsWith(
                        "(3) Out of sequence under a point without sub-points.\n5. Nor is a point number that skips one.");
    }

    @Test
    void doesNotOpenAnArticleAtAProseLineThatCitesOne() {
        List<Chunk> chunks = chunker.chunk(List.of(
                "1. Ministries complete the review of overlapping regulations this month.",
                "2. Localities report to the Ministry of Home Affairs.",
                "Article 5 of Decree No. 7/2025 requires every commune to publish its procedures online.",
                "3. The Government Office monitors the implementation of this notice."));

        assertThat(chunks).extracting(Chunk::section).containsExactly("1", "2", "3");
    }

    @Test
    void numbersUnnumberedParagraphsAndMakesShortTitlesHeadings() {
        List<Chunk> chunks = chunker.chunk(List.of(
                "The Politburo and the Secretariat met on May 16 to hear the reports.",
                "They issued conclusions on several key tasks until June 30.",
                "Promote decentralization and empowerment",
                "Implement decentralization according to the principle of clear responsibility."));

        assertThat(chunks)
                .extracting(Chunk::section, Chunk::heading)
                .containsExactly(
                        tuple("para. 1", ""),
                        tuple("para. 2", ""),
                        tuple("para. 3", "Promote decentralization and empowerment"));
    }

    @Test
    void returnsNothingForNoLines() {
        assertThat(chunker.chunk(List.of())).isEmpty();
    }

    private List<Chunk> chunksOf183(String fileName) {
        return chunker.chunk(furniture.documentLines(KnowledgeBaseTexts.body(fileName)));
    }

    private static Chunk section(List<Chunk> chunks, String label) {
        return chunks.stream()
                .filter(chunk -> chunk.section().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section " + label + " in " + chunks));
    }
}
