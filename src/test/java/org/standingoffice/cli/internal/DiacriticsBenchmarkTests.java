package org.standingoffice.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiacriticsBenchmarkTests {

    @Test
    void foldsAsAPhoneWithoutAVietnameseKeyboardTypes() {
        assertThat(DiacriticsBenchmark.folded("Đảng ủy xã Hòa Bình, 183-KL/TW?"))
                .isEqualTo("Dang uy xa Hoa Binh, 183-KL/TW?");
    }

    @Test
    void countsRightWrongAndPlainSyllablesAndSkipsWhatTheReaderWroteItself() {
        DiacriticsBenchmark.Figures figures = new DiacriticsBenchmark.Figures();
        // As typed with diacritics, "ko" was expanded; folded, "ko" too, so "không" is not counted.
        DiacriticsBenchmark.compare(
                DiacriticsBenchmark.syllables("cán bộ đang hưởng tinh gọn Office không"),
                DiacriticsBenchmark.syllables("cán bộ đảng huong tính gọn Office không"),
                DiacriticsBenchmark.syllables("can bo dang huong tinh gon Office ko"),
                figures);

        assertThat(figures.right).isEqualTo(3); // cán, bộ, gọn
        assertThat(figures.wrong).isEqualTo(1); // đảng
        assertThat(figures.leftPlain).isEqualTo(1); // huong
        assertThat(figures.plainKept).isEqualTo(1); // Office
        assertThat(figures.plainAccented).isEqualTo(1); // tinh → tính
        assertThat(figures.mistakes).containsOnlyKeys("đang → đảng", "tinh → tính");
    }

    @Test
    void takesOnlyVietnameseQuestionsTypedWithDiacritics() {
        assertThat(DiacriticsBenchmark.takes(question("vi", "Ai ký?"))).isTrue();
        assertThat(DiacriticsBenchmark.takes(question("vi", "ai ky"))).isFalse();
        assertThat(DiacriticsBenchmark.takes(question("sv", "Vem är ansvarig?")))
                .isFalse();
    }

    private static LabelledQuestion question(String language, String text) {
        return new LabelledQuestion("q", language, "g", text, true, List.of(), java.util.Set.of());
    }
}
