package org.standingoffice.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamedFiguresTests {

    @Test
    void keysADocumentNumberWithoutCaseDiacriticsOrPunctuation() {
        assertThat(NamedFigures.keys("KH 02-KH/BCDTW ve chuyen doi so ban hanh ngay nao"))
                .contains("02khbcdtw")
                .isSubsetOf(NamedFigures.keys("Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025"));
        assertThat(NamedFigures.keys("Kế hoạch số 56-KH/BCĐ")).doesNotContain("02khbcdtw");
    }

    @Test
    void keysAMonthOfAYearAlikeInEnglishSwedishAndVietnamese() {
        String december = NamedFigures.month(2025, 12);

        assertThat(NamedFigures.keys("the Politburo's December 2025 meeting")).contains(december);
        assertThat(NamedFigures.keys("före den 31 december 2025")).contains(december);
        assertThat(NamedFigures.keys("họp vào tháng 12/2025")).contains(december);
        assertThat(NamedFigures.keys("hạn 31/12/2025")).contains(december);
        assertThat(NamedFigures.keys("by December 31, 2025")).contains(december);
        assertThat(NamedFigures.keys("before October 2025")).doesNotContain(december);
    }

    @Test
    void keepsHowTheQuestionWroteEachFigure() {
        assertThat(NamedFigures.in("Does Plan 02-KH/BCĐTW apply in December 2025?")
                        .values())
                .contains("02-KH/BCĐTW", "december 2025", "2025");
    }
}
