package org.standingoffice.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standingoffice.knowledge.internal.VietnameseWordsReader;

/** Restoring diacritics from a small word list, and from the shipped {@code vietnamese-words.txt}. */
class DiacriticsTests {

    private static final double DOMINANCE = 0.9;

    /** "dang" alone: "đang" and "đảng" both common, so only a neighbour decides. */
    private static Diacritics small() {
        return new Diacritics.Builder()
                .addWord("đang", 1500)
                .addWord("đảng", 900)
                .addWord("dạng", 150)
                .addWord("có", 8000)
                .addWord("cơ", 100)
                .addWord("cô", 150)
                .addWord("đang hưởng", 1)
                .addWord("đảng ủy", 1)
                .addWord("hưởng lương hưu", 1)
                .addWord("lương hưu", 1)
                .addWord("cơ quan", 1)
                .addWord("chỉ tiêu", 1)
                .addWord("chi tiêu", 1)
                .build(DOMINANCE);
    }

    @Test
    void anAmbiguousSyllableIsDecidedByItsNeighbour() {
        Diacritics diacritics = small();

        assertThat(diacritics.restore("dang huong luong huu")).isEqualTo("đang hưởng lương hưu");
        assertThat(diacritics.restore("dang uy xa")).isEqualTo("đảng ủy xa");
    }

    @Test
    void anAmbiguousSyllableNothingDecidesStaysAsTyped() {
        assertThat(small().restore("dang lam gi")).isEqualTo("dang lam gi");
    }

    @Test
    void aSyllableOneFormDominatesIsRestoredAloneButNotInsideAWordTheListHasOtherwise() {
        Diacritics diacritics = small();

        assertThat(diacritics.restore("co ai biet")).isEqualTo("có ai biet");
        // "cơ" of "cơ quan" says nothing about "co" alone, and "co quan" is decided as a pair.
        assertThat(diacritics.restore("co quan nao")).isEqualTo("cơ quan nao");
    }

    @Test
    void twoCommonPhrasesThatFoldAlikeCancelOut() {
        assertThat(small().restore("chi tieu nam nay")).isEqualTo("chi tieu nam nay");
    }

    @Test
    void keepsWhatTheAskerAccentedAndLetsItNarrowThePhrase() {
        Diacritics diacritics = small();

        assertThat(diacritics.restore("đảng uy")).isEqualTo("đảng ủy");
        assertThat(diacritics.restore("dang hưởng")).isEqualTo("đang hưởng");
        // Typed "đảng" before "huong": no listed phrase agrees, so "huong" is not guessed from "đang hưởng".
        assertThat(diacritics.restore("đảng huong")).isEqualTo("đảng huong");
    }

    @Test
    void aCapitalisedSyllableAloneInsideTheSentenceIsAName() {
        assertThat(small().restore("ong Co hoi")).isEqualTo("ong Co hoi");
        assertThat(small().restore("Co ai")).isEqualTo("Có ai");
    }

    @Test
    void keepsPunctuationAndNumbersAndDoesNotJoinPhrasesAcrossThem() {
        assertThat(small().restore("dang, huong luong huu 2025?")).isEqualTo("dang, hưởng lương hưu 2025?");
    }

    @Test
    void theShippedWordListReadsCommonQuestionsAndRefusesToGuessKeyTerms() {
        Map<String, Long> words = new VietnameseWordsReader().read(Path.of("knowledge-base", "vietnamese-words.txt"));
        Diacritics.Builder builder = new Diacritics.Builder();
        words.forEach(builder::addWord);
        Diacritics shipped = builder.build(DOMINANCE);

        assertThat(words).hasSizeGreaterThan(2000);
        assertThat(shipped.restore("can bo cap xa dang huong luong huu co nam trong doi tuong xem xet chinh sach"))
                .isEqualTo("cán bộ cấp xã đang hưởng lương hưu có nằm trong đối tượng xem xét chính sách");
        assertThat(shipped.restore("dang uy xa co bao nhieu pho bi thu"))
                .isEqualTo("đảng ủy xã có bao nhiêu phó bí thư");
        assertThat(shipped.restore("thi TW tap trung vao viec")).isEqualTo("thì TW tập trung vào việc");
        // Alone, "dang" may be "đang" or "đảng", "tinh" "tỉnh", "tính" or "tinh": left as typed.
        assertThat(shipped.restore("dang")).isEqualTo("dang");
        assertThat(shipped.restore("tinh")).isEqualTo("tinh");
        // Words no shipped document holds are still words: restored, they are known and not found.
        assertThat(shipped.restore("tai san du thua nhu ban ghe, may moc"))
                .isEqualTo("tài sản dư thừa như bàn ghế, máy móc");
    }

    @Test
    void aSyllableOfCombiningMarksAloneIsLeftAsTyped() {
        Diacritics diacritics = small();

        assertThat(diacritics.restore("dang \u0301 huong luong huu"))
                .startsWith("dang \u0301")
                .endsWith("lương hưu");
    }
}
