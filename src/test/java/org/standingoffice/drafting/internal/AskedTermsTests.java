package org.standingoffice.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AskedTermsTests {

    @Test
    void syllablesNextToEachOtherAreOnePhraseWithTheAskersDiacritics() {
        String asked = "Bộ Chính trị họp bao lâu một lần?";

        assertThat(AskedTerms.of(List.of("chinh", "tri", "lần"), asked, asked)).containsExactly("Chính trị", "lần");
    }

    @Test
    void aQuestionTypedWithoutDiacriticsIsShownAsTyped() {
        String asked = "ho so tai lieu dat dai cua huyen cu luu tru ntn khi ko con cap huyen a";
        String read = "hồ sơ tài liệu đất đai của huyện cũ, lưu trữ như thế nào khi không còn cấp huyện";

        assertThat(AskedTerms.of(List.of("lưu", "cũ", "trữ"), asked, read)).containsExactly("luu tru", "cu");
    }

    @Test
    void aWordTheReadingSpelledOutStaysAsTheReadingWroteIt() {
        String asked = "a/c oi VPTT cua tinh hoat dong den bao gio a";
        String read = "Văn phòng thường trực của tỉnh hoạt động đến bao giờ";

        assertThat(AskedTerms.of(List.of("thường", "trực", "giờ", "hạn"), asked, read))
                .containsExactly("thường trực", "gio", "hạn");
    }

    @Test
    void aTermIsFoundAsWrittenBeforeItIsFoundWithoutDiacritics() {
        String asked = "Hệ số lương của chủ tịch xã và số lượng phó chủ tịch?";

        assertThat(AskedTerms.of(List.of("số lượng", "hệ số lương"), asked, asked))
                .containsExactly("số lượng", "Hệ số lương");
    }
}
