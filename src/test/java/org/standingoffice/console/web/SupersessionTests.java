package org.standingoffice.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standingoffice.console.web.Supersession.Standing;
import org.standingoffice.knowledge.SourceDocument;

class SupersessionTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

    @Test
    void aDocumentNamedUnderAnothersSupersedesIsSupersededInEveryRendering() {
        SourceDocument old = document("183-KL/TW", "", null);
        SourceDocument oldTranslation = document("183-kl/tw ", "", null);
        SourceDocument replacement = document("200-KL/TW", "183-KL/TW", null);

        Supersession supersession = new Supersession(List.of(old, oldTranslation, replacement));

        assertThat(supersession.of(old, TODAY)).isEqualTo(new Standing("200-KL/TW", null));
        assertThat(supersession.of(oldTranslation, TODAY).supersededBy()).isEqualTo("200-KL/TW");
        assertThat(supersession.of(replacement, TODAY).isInForce()).isTrue();
    }

    @Test
    void aDocumentMayReplaceSeveral() {
        SourceDocument first = document("1/TB", "", null);
        SourceDocument second = document("2/TB", "", null);
        SourceDocument both = document("3/TB", "1/TB; 2/TB", null);

        Supersession supersession = new Supersession(List.of(first, second, both));

        assertThat(supersession.of(first, TODAY).supersededBy()).isEqualTo("3/TB");
        assertThat(supersession.of(second, TODAY).supersededBy()).isEqualTo("3/TB");
    }

    @Test
    void aNewRenderingNamingItsOwnNumberDoesNotSupersedeItself() {
        SourceDocument revised = document("183-KL/TW", "183-KL/TW", null);

        assertThat(new Supersession(List.of(revised)).of(revised, TODAY).isInForce())
                .isTrue();
    }

    @Test
    void aDocumentLapsesTheDayAfterItsLastValidDay() {
        SourceDocument lastDayToday = document("1/TB", "", TODAY);
        SourceDocument lastDayYesterday = document("2/TB", "", TODAY.minusDays(1));
        Supersession supersession = new Supersession(List.of(lastDayToday, lastDayYesterday));

        assertThat(supersession.of(lastDayToday, TODAY).isInForce()).isTrue();
        assertThat(supersession.of(lastDayYesterday, TODAY)).isEqualTo(new Standing(null, TODAY.minusDays(1)));
    }

    @Test
    void aDocumentNobodyReplacesWithoutEndDateIsInForce() {
        SourceDocument plain = document("1/TB", "", null);

        assertThat(new Supersession(List.of(plain)).of(plain, TODAY).isInForce())
                .isTrue();
    }

    private static SourceDocument document(String number, String supersedes, LocalDate validUntil) {
        return new SourceDocument(number, "title", "", "", null, "en", "", "", supersedes, validUntil);
    }
}
