package org.standingoffice.telegram.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.standingoffice.telegram.internal.delivery.CallbackData.CardAction;
import org.standingoffice.telegram.internal.delivery.CallbackData.CardAction.Action;

class CallbackDataTests {

    @Test
    void everyButtonDecodesToItselfWithinTelegramsLimit() {
        List<CallbackData> buttons = new ArrayList<>(List.of(
                new CallbackData.Language("sv"),
                new CallbackData.Feedback(true, 12),
                new CallbackData.Feedback(false, Long.MAX_VALUE),
                new CallbackData.PlaceChosen("999999999999"),
                new CallbackData.NoPlaceFits(),
                new CallbackData.EditDecision(true, Long.MAX_VALUE),
                new CallbackData.EditDecision(false, 7)));
        for (Action action : Action.values()) {
            buttons.add(new CardAction(action, Long.MAX_VALUE));
        }

        for (CallbackData button : buttons) {
            assertThat(CallbackData.decode(button.encode())).contains(button);
            assertThat(button.encode().getBytes(StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(CallbackData.MAX_BYTES);
        }
    }

    @Test
    void buttonsAlreadyPostedStillDecode() {
        assertThat(CallbackData.decode("s:ap:12")).contains(new CardAction(Action.APPROVE, 12));
        assertThat(CallbackData.decode("s:an:3")).contains(new CardAction(Action.ANSWER, 3));
        assertThat(CallbackData.decode("e:no:5")).contains(new CallbackData.EditDecision(false, 5));
        assertThat(CallbackData.decode("fb:ok:12")).contains(new CallbackData.Feedback(true, 12));
        assertThat(CallbackData.decode("lang:vi")).contains(new CallbackData.Language("vi"));
        assertThat(CallbackData.decode("pl:-")).contains(new CallbackData.NoPlaceFits());
    }

    @Test
    void dataThatIsNoButtonOfOursDecodesToNothing() {
        for (String data : new String[] {
            null,
            "",
            ":",
            "pl:",
            "pl:abc",
            "pl:1;drop",
            "pl:-1",
            "pl:1:2",
            "fb:maybe:1",
            "fb:ok:",
            "fb:ok:-1",
            "fb:ok:99999999999999999999",
            "lang:vie",
            "lang:vi:x",
            "s:zz:1",
            "s:ap:",
            "s:ap:x",
            "s:ap:99999999999999999999",
            "e:maybe:1",
            "x:ok:1",
            "s:ap:1" + "0".repeat(70)
        }) {
            assertThat(CallbackData.decode(data)).as(String.valueOf(data)).isEmpty();
        }
    }

    @Test
    void eachSideDecodesOnlyItsOwnButtons() {
        assertThat(CallbackData.forAsker("s:ap:1")).isEmpty();
        assertThat(CallbackData.forAsker("e:ok:1")).isEmpty();
        assertThat(CallbackData.forStaff("fb:ok:1")).isEmpty();
        assertThat(CallbackData.forStaff("pl:123")).isEmpty();
        assertThat(CallbackData.forAsker("pl:123")).contains(new CallbackData.PlaceChosen("123"));
        assertThat(CallbackData.forStaff("s:cl:4")).contains(new CardAction(Action.CLAIM, 4));
    }

    @Test
    void aButtonRefusesValuesItCouldNotDecode() {
        assertThatThrownBy(() -> new CallbackData.PlaceChosen("Ba Đình")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CallbackData.Language("english")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLimitIsCheckedInBytesNotCharacters() {
        String sixtyFourBytes = "đ".repeat(32);
        assertThat(CallbackData.requireFits(sixtyFourBytes)).isEqualTo(sixtyFourBytes);
        assertThatThrownBy(() -> CallbackData.requireFits(sixtyFourBytes + "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLabelIsKeptOutOfTheData() {
        Keyboard.Button button = new CallbackData.PlaceChosen("14091").labelled("Phường Ba Đình, Thành phố Hà Nội");

        assertThat(button.data()).isEqualTo("pl:14091");
        assertThat(button.text()).isEqualTo("Phường Ba Đình, Thành phố Hà Nội");
    }
}
