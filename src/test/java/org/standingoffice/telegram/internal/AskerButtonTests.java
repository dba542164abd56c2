package org.standingoffice.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AskerButtonTests {

    @Test
    void everyButtonDecodesToItself() {
        List<AskerButton> buttons = List.of(
                new AskerButton.Language("sv"),
                new AskerButton.Feedback(true, 12),
                new AskerButton.Feedback(false, Long.MAX_VALUE),
                new AskerButton.PlaceChosen("14091"),
                new AskerButton.NoPlaceFits());

        for (AskerButton button : buttons) {
            assertThat(AskerButton.decode(button.data())).contains(button);
            assertThat(button.data().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
        }
    }

    @Test
    void dataThatIsNoButtonOfOursDecodesToNothing() {
        for (String data : new String[] {
            null,
            "",
            "pl:",
            "pl:abc",
            "pl:1;drop",
            "fb:maybe:1",
            "fb:ok:",
            "lang:vie",
            "s:ap:1",
            "pl:-1",
            "fb:ok:99999999999999999999"
        }) {
            assertThat(AskerButton.decode(data)).as(String.valueOf(data)).isEmpty();
        }
    }

    @Test
    void aButtonRefusesValuesItCouldNotDecode() {
        assertThatThrownBy(() -> new AskerButton.PlaceChosen("Ba Đình")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AskerButton.Language("english")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLabelIsKeptOutOfTheData() {
        Keyboard.Button button = new AskerButton.PlaceChosen("14091").labelled("Phường Ba Đình, Thành phố Hà Nội");

        assertThat(button.data()).isEqualTo("pl:14091");
        assertThat(button.text()).isEqualTo("Phường Ba Đình, Thành phố Hà Nội");
    }
}
