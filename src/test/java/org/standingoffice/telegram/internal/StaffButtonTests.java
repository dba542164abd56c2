package org.standingoffice.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.standingoffice.telegram.internal.StaffButton.CardAction;
import org.standingoffice.telegram.internal.StaffButton.CardAction.Action;

class StaffButtonTests {

    @Test
    void everyButtonDecodesToItselfWithinTelegramsLimit() {
        for (Action action : Action.values()) {
            StaffButton button = new CardAction(action, Long.MAX_VALUE);
            assertThat(StaffButton.decode(button.data())).contains(button);
            assertThat(button.labelled("x").data().length()).isLessThanOrEqualTo(64);
        }
        StaffButton send = new StaffButton.EditDecision(true, 7);
        assertThat(StaffButton.decode(send.data())).contains(send);
    }

    @Test
    void cardsPostedBeforeTheTypeExistedStillDecode() {
        assertThat(StaffButton.decode("s:ap:12")).contains(new CardAction(Action.APPROVE, 12));
        assertThat(StaffButton.decode("s:an:3")).contains(new CardAction(Action.ANSWER, 3));
        assertThat(StaffButton.decode("e:no:5")).contains(new StaffButton.EditDecision(false, 5));
    }

    @Test
    void dataThatIsNoStaffButtonDecodesToNothing() {
        for (String data : new String[] {
            null, "", "s:zz:1", "s:ap:", "s:ap:x", "e:maybe:1", "fb:ok:1", "pl:123", "s:ap:99999999999999999999"
        }) {
            assertThat(StaffButton.decode(data)).as(String.valueOf(data)).isEmpty();
        }
    }
}
