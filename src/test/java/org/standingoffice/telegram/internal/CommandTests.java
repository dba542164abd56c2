package org.standingoffice.telegram.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.standingoffice.telegram.internal.transport.UpdateCodec;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Commands as people type them, in a chat with one bot or several. */
class CommandTests {

    private final UpdateCodec codec = new UpdateCodec();

    @Test
    void aCommandAddressedToTheBotByNameIsReadWithoutTheName() {
        assertThat(Command.of(message("/LINK@office_test_bot  abcd 2345 "))).contains(new Command("link", "abcd 2345"));
    }

    @Test
    void aCommandWithoutArgumentHasAnEmptyOne() {
        assertThat(Command.of(message("/status"))).contains(new Command("status", ""));
    }

    @Test
    void textThatDoesNotStartWithASlashIsNoCommand() {
        assertThat(Command.of(message("please /link ABCD2345"))).isEmpty();
    }

    private Message message(String text) {
        return codec.read(Updates.text(1001, 5, text).toString().getBytes(StandardCharsets.UTF_8))
                .getMessage();
    }
}
