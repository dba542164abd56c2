package org.standingoffice.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.search.PassageMatch;
import org.standingoffice.search.RetrievedPassage;
import org.standingoffice.search.SearchProperties;

/**
 * Ranking among the articles of laws over a real index: what the heading and a cited article
 * number add. Each case is also run without the clause under test, to show it is the clause that
 * puts the article first.
 */
class LegalArticleRankingTests {

    @TempDir
    Path dir;

    private static final SourceDocument INFORMATION = law("104/2016/QH13", "Luật Tiếp cận thông tin");
    private static final SourceDocument RESIDENCE = law("68/2020/QH14", "Luật Cư trú");

    private static final Passage INFORMATION_5 = article(
            INFORMATION,
            "5",
            "Thông tin công dân được tiếp cận",
            "Công dân được tiếp cận thông tin của cơ quan nhà nước, trừ thông tin không được tiếp cận; công dân"
                    + " được tiếp cận có điều kiện đối với thông tin về các cuộc họp của cơ quan nhà nước.");
    private static final Passage INFORMATION_6 = article(
            INFORMATION,
            "6",
            "Thông tin không được tiếp cận",
            "Thông tin thuộc bí mật nhà nước, bí mật quân sự; nội dung cuộc họp nội bộ.");
    private static final Passage RESIDENCE_6 = article(
            RESIDENCE,
            "6",
            "Hợp tác quốc tế về cư trú",
            "Nhà nước mở rộng hợp tác quốc tế về quản lý cư trú với các cơ quan của nước ngoài.");

    private static final Passage DUTIES = article(
            RESIDENCE,
            "26",
            "Trách nhiệm của cơ quan đăng ký cư trú",
            "1. Hướng dẫn, kiểm tra việc thực hiện; cập nhật thông tin vào Cơ sở dữ liệu quốc gia về dân cư."
                    + " 2. Bảo đảm bí mật thông tin cá nhân, thông tin của hộ gia đình trong Cơ sở dữ liệu."
                    + " 3. Tiếp nhận, giải quyết kiến nghị, phản ánh của công dân theo quy định của pháp luật.");
    private static final Passage REGISTRATION = article(
            RESIDENCE,
            "25",
            "Thủ tục đăng ký cư trú",
            "Công dân nộp hồ sơ cho cơ quan đăng ký cư trú; cơ quan đăng ký cư trú có trách nhiệm kiểm tra và"
                    + " cấp phiếu hẹn.");

    @Test
    void anArticleCitedByNumberInTheLawTheQuestionNamesComesFirst() throws Exception {
        String question = "Điều 6 của Luật Tiếp cận thông tin quy định công dân không được tiếp cận thông tin nào?";

        assertThat(ranking(withCitedSection(4.0), question)).startsWith(INFORMATION_6.id());
        assertThat(ranking(withCitedSection(0), question)).startsWith(INFORMATION_5.id());
    }

    @Test
    void anArticleNumberWithoutTheLawsNamePullsNoArticleForward() throws Exception {
        String question = "Điều 6 nói gì về thông tin công dân được tiếp cận?";

        assertThat(ranking(withCitedSection(4.0), question)).isEqualTo(ranking(withCitedSection(0), question));
    }

    @Test
    void aQuestionNamingAnArticlesTitleRanksItAboveASiblingThatRepeatsItsWords() throws Exception {
        String question = "Điều nào sau đây không thuộc trách nhiệm của cơ quan đăng ký cư trú?";

        // A boost above the default, so that three articles show what 2,249 measured (see LexicalQueries).
        assertThat(ranking(withHeadings(0.5), question)).startsWith(DUTIES.id());
        assertThat(ranking(withHeadings(0), question)).startsWith(REGISTRATION.id());
    }

    @Test
    void eachPassageSaysWhetherTheQuestionNamesItsDocumentAndCitesItsSection() throws Exception {
        Map<String, PassageMatch> matches = matches(
                SearchProperties.Lexical.DEFAULTS,
                "Theo Điều 6 của Luật Tiếp cận thông tin, công dân không được tiếp cận thông tin nào?");

        assertThat(matches.get(INFORMATION_6.id()).titleInQuestion()).isEqualTo(1);
        assertThat(matches.get(INFORMATION_6.id()).citesSection()).isTrue();
        assertThat(matches.get(INFORMATION_5.id()).titleInQuestion()).isEqualTo(1);
        assertThat(matches.get(INFORMATION_5.id()).citesSection()).isFalse();
        assertThat(matches.get(RESIDENCE_6.id()).titleInQuestion()).isZero();
        assertThat(matches.get(RESIDENCE_6.id()).citesSection()).isTrue();
    }

    private List<String> ranking(SearchProperties.Lexical lexical, String question) throws Exception {
        return List.copyOf(matches(lexical, question).keySet());
    }

    /** The passages found, best first, with how each matches the question. */
    private Map<String, PassageMatch> matches(SearchProperties.Lexical lexical, String question) throws Exception {
        Path index = dir.resolve("index-" + System.nanoTime());
        SearchProperties properties =
                new SearchProperties(index, false, 60, 50, 100, lexical, new SearchProperties.Confidence(10.0, 0.6));
        try (LucenePassageIndex passages = new LucenePassageIndex(index, new SyllableScoring(lexical.syllables()))) {
            passages.replace(
                    new SourceFile("information.md", dir.resolve("information.md"), "a"),
                    withOthers(INFORMATION, INFORMATION_5, INFORMATION_6));
            passages.replace(
                    new SourceFile("residence.md", dir.resolve("residence.md"), "b"),
                    withOthers(RESIDENCE, RESIDENCE_6, DUTIES, REGISTRATION));
            passages.commit();
            SearchEngine engine = new SearchEngine(passages, new QuestionLanguage(), properties);
            engine.indexChanged(Glossary.empty());
            Map<String, PassageMatch> matches = new LinkedHashMap<>();
            for (RetrievedPassage found : engine.retrieve(question, 20).passages()) {
                matches.put(found.passage().id(), found.match());
            }
            return matches;
        }
    }

    /** Articles on other subjects, so that an article number and a law's name are rare, as in a law. */
    private static List<Passage> withOthers(SourceDocument law, Passage... articles) {
        List<Passage> all = new java.util.ArrayList<>(List.of(articles));
        String[] subjects = {"Phí và lệ phí", "Kinh phí bảo đảm", "Hiệu lực thi hành", "Quy định chuyển tiếp"};
        for (int i = 0; i < subjects.length; i++) {
            all.add(article(law, String.valueOf(40 + i), subjects[i], subjects[i] + " theo quy định của Chính phủ."));
        }
        return all;
    }

    private static SearchProperties.Lexical withCitedSection(double boost) {
        SearchProperties.Lexical defaults = SearchProperties.Lexical.DEFAULTS;
        return new SearchProperties.Lexical(
                1.0,
                0.3,
                0.3,
                1.0,
                8.0,
                2.0,
                defaults.headingWords(),
                defaults.headingBigrams(),
                boost,
                defaults.syllables());
    }

    private static SearchProperties.Lexical withHeadings(double boost) {
        SearchProperties.Lexical defaults = SearchProperties.Lexical.DEFAULTS;
        return new SearchProperties.Lexical(
                1.0, 0.3, 0.3, 1.0, 8.0, 2.0, boost, boost, defaults.citedSection(), defaults.syllables());
    }

    private static SourceDocument law(String number, String title) {
        return new SourceDocument(number, title, "law", "Quốc hội", null, "vi", "", "", "", null);
    }

    private static Passage article(SourceDocument law, String number, String title, String text) {
        String file = law == INFORMATION ? "information.md" : "residence.md";
        return new Passage(file + "#" + number, law, file, "Điều " + number, title, text, List.of());
    }
}
