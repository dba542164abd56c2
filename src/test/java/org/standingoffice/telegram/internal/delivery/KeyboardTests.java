package org.standingoffice.telegram.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyboardTests {

    @Test
    void survivesTheOutboxColumn() {
        Keyboard keyboard = new Keyboard(List.of(
                List.of(new Keyboard.Button("Duyệt", "s:ap:1"), new Keyboard.Button("Sửa", "s:ed:1")),
                List.of(new Keyboard.Button("Chuyển xử lý", "s:es:1"))));

        assertThat(Keyboard.decode(keyboard.encode())).isEqualTo(keyboard);
        assertThat(Keyboard.decode(null)).isNull();
        assertThat(keyboard.markup().getKeyboard()).hasSize(2);
    }

    @Test
    void refusesCallbackDataTelegramWouldRefuse() {
        assertThatThrownBy(() -> new Keyboard.Button("x", "s:".repeat(40)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
