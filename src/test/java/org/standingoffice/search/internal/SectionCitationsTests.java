package org.standingoffice.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SectionCitationsTests {

    @Test
    void aLabelOfOneWordAndANumberHasAFoldedKey() {
        assertThat(SectionCitations.key("Điều 6")).contains("dieu 6");
        assertThat(SectionCitations.key("Article 12")).contains("article 12");
    }

    @Test
    void leadingZerosDoNotMakeAnotherSection() {
        assertThat(SectionCitations.key("Điều 06")).contains("dieu 6");
        assertThat(SectionCitations.cited("theo Điều 06")).containsExactly("dieu 6");
    }

    @Test
    void labelsWithoutAWordBeforeTheNumberHaveNoKey() {
        assertThat(SectionCitations.key("4(2)")).isEmpty();
        assertThat(SectionCitations.key("para. 3")).isEmpty();
        assertThat(SectionCitations.key("Điều 6 khoản 2")).isEmpty();
        assertThat(SectionCitations.key("")).isEmpty();
        assertThat(SectionCitations.key(null)).isEmpty();
    }

    @Test
    void aQuestionCitesSectionsWithOrWithoutDiacritics() {
        assertThat(SectionCitations.cited("Theo Điều 6 của Luật Tiếp cận thông tin, công dân được gì?"))
                .containsExactly("dieu 6");
        assertThat(SectionCitations.cited("dieu 7 luat tiep can thong tin quy dinh gi"))
                .containsExactly("dieu 7");
    }

    @Test
    void aQuestionWithoutANumberAfterAWordCitesNothing() {
        assertThat(SectionCitations.cited("Điều nào sau đây là quyền của hành khách?"))
                .isEmpty();
        assertThat(SectionCitations.cited("Hạn 25/12 là gì, mức 1.5 hay 2,5?")).isEmpty();
    }

    @Test
    void aCitationAtTheEndOfASentenceIsOne() {
        assertThat(SectionCitations.cited("Xem Điều 12. Còn gì khác?")).containsExactly("dieu 12");
    }

    @Test
    void numbersGluedToLettersAreNotCitations() {
        assertThat(SectionCitations.cited("Nghị định 12a và mẫu B2")).isEmpty();
    }
}
