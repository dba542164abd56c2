package org.standingoffice.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.standingoffice.telegram.internal.transport.UpdateCodec;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Updates survive the inbox: stored as JSON, read back as the same update. */
class UpdateCodecTests {

    private final UpdateCodec codec = new UpdateCodec();

    @Test
    void aMessageUpdateRoundTrips() {
        var json = Updates.text(1001, 5, "/start abc");
        json.put("update_id", 77);

        Update update = codec.read(json.toString().getBytes(StandardCharsets.UTF_8));
        Update again = codec.read(codec.write(update));

        assertThat(again.getUpdateId()).isEqualTo(77);
        assertThat(again.getMessage().getText()).isEqualTo("/start abc");
        assertThat(again.getMessage().getChat().getType()).isEqualTo("private");
        assertThat(UpdateCodec.chatOf(again)).isEqualTo(1001L);
    }

    @Test
    void aButtonPressRoundTripsWithItsMessage() {
        var json = Updates.press("q1", Updates.user(7001, "Alice", "alice", "en"), -100, 55, "s:ap:3");
        json.put("update_id", 78);

        Update again = codec.read(codec.write(codec.read(json.toString())));

        assertThat(again.getCallbackQuery().getData()).isEqualTo("s:ap:3");
        assertThat(again.getCallbackQuery().getMessage().getMessageId()).isEqualTo(55);
        assertThat(UpdateCodec.chatOf(again)).isEqualTo(-100L);
    }
}
