package org.standingoffice.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelledQuestionTests {

    @Test
    void theCounterfactualOfAnAnswerableItemLeavesOutEveryPassageThatHoldsItsEvidence() {
        LabelledQuestion item = new LabelledQuestion(
                "enp-001",
                "en",
                "en-plain",
                "Until when will the Standing Offices operate?",
                true,
                List.of("until October 2025", "fram till oktober 2025"),
                Set.of());

        LabelledQuestion counterfactual = item.counterfactual().orElseThrow();

        assertThat(counterfactual.answerable()).isFalse();
        assertThat(counterfactual.isCounterfactual()).isTrue();
        assertThat(counterfactual.question()).isEqualTo(item.question());
        assertThat(counterfactual.language()).isEqualTo("en");
        assertThat(counterfactual.leaveOut()).containsExactlyInAnyOrder("until October 2025", "fram till oktober 2025");
        assertThat(counterfactual.evidence()).isEmpty();
        assertThat(counterfactual.id()).isNotEqualTo(item.id());
        assertThat(item.isCounterfactual()).isFalse();
    }

    @Test
    void unanswerableItemsAndItemsWithoutEvidenceHaveNoCounterfactual() {
        LabelledQuestion nearMiss =
                new LabelledQuestion("nm-001", "en", "near-miss", "What is the salary?", false, List.of(), Set.of());
        LabelledQuestion unlabelled =
                new LabelledQuestion("1", "en", "en", "What is the salary?", true, List.of(), Set.of());

        assertThat(nearMiss.counterfactual()).isEmpty();
        assertThat(unlabelled.counterfactual()).isEmpty();
    }

    @Test
    void withCounterfactualsKeepsTheItemsAndAppendsOneForEachAnswerableOne() {
        LabelledQuestion answerable = new LabelledQuestion(
                "enp-001", "en", "en-plain", "Until when?", true, List.of("until October 2025"), Set.of());
        LabelledQuestion nearMiss =
                new LabelledQuestion("nm-001", "en", "near-miss", "What is the salary?", false, List.of(), Set.of());

        assertThat(LabelledQuestion.withCounterfactuals(List.of(answerable, nearMiss)))
                .containsExactly(
                        answerable, nearMiss, answerable.counterfactual().orElseThrow());
    }
}
