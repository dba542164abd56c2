package org.standingoffice.telegram.internal.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutgoingTests {

    @Test
    void aMessageIsOnePartWithNothingUnsaid() {
        Outgoing message =
                Outgoing.send("k", 7, Outgoing.Kind.REPLY, "<b>hi</b>").build();

        assertThat(message)
                .isEqualTo(new Outgoing(
                        "k",
                        7,
                        Outgoing.Method.SEND,
                        Outgoing.Kind.REPLY,
                        null,
                        0,
                        1,
                        "<b>hi</b>",
                        null,
                        null,
                        null,
                        null,
                        false,
                        null));
    }

    @Test
    void everyPartSetIsKept() {
        Keyboard buttons = Keyboard.of(List.of(new CallbackData.Feedback(true, 12).labelled("Yes")));

        Outgoing last = Outgoing.send("answer:12:2", 7, Outgoing.Kind.ANSWER, "text")
                .about(12L)
                .part(2, 3)
                .replyingTo(40)
                .keyboard(buttons)
                .context(Outgoing.DELIVERS)
                .build();

        assertThat(last.questionId()).isEqualTo(12L);
        assertThat(last.part()).isEqualTo(2);
        assertThat(last.parts()).isEqualTo(3);
        assertThat(last.replyTo()).isEqualTo(40);
        assertThat(last.keyboard()).isEqualTo(buttons);
        assertThat(last.context()).isEqualTo(Outgoing.DELIVERS);
        assertThat(last.forceReply()).isFalse();
        assertThat(Outgoing.send("p", 7, Outgoing.Kind.PROMPT_EDIT, "?")
                        .forcingReply()
                        .build()
                        .forceReply())
                .isTrue();
    }

    @Test
    void editsRemovalsAndCopiesNameTheMessageTheyAct() {
        Outgoing edit =
                Outgoing.edit("e", -100, 55, Outgoing.Kind.CARD_UPDATE, "new").build();
        Outgoing removal = Outgoing.removeButtons("r", 7, 56).build();
        Outgoing copy = Outgoing.copy("c", -100, 7, 57).about(3L).build();

        assertThat(edit.method()).isEqualTo(Outgoing.Method.EDIT);
        assertThat(edit.targetMessageId()).isEqualTo(55);
        assertThat(edit.text()).isEqualTo("new");
        assertThat(removal.method()).isEqualTo(Outgoing.Method.EDIT_MARKUP);
        assertThat(removal.targetMessageId()).isEqualTo(56);
        assertThat(removal.text()).isNull();
        assertThat(copy.method()).isEqualTo(Outgoing.Method.COPY);
        assertThat(copy.kind()).isEqualTo(Outgoing.Kind.ATTACHMENT);
        assertThat(copy.sourceChatId()).isEqualTo(7L);
        assertThat(copy.targetMessageId()).isEqualTo(57);
        assertThat(copy.questionId()).isEqualTo(3L);
    }

    @Test
    void anEditOfACardFindsItsMessageWhenSentAndIsThenAnOrdinaryEdit() {
        Outgoing edit = Outgoing.editCard("cardupd:12:3", -100, 12, "<b>12</b>").build();

        assertThat(edit.editsCardOnceSent()).isTrue();
        assertThat(edit.kind()).isEqualTo(Outgoing.Kind.CARD_UPDATE);
        Outgoing aimed = edit.targeting(5015);
        assertThat(aimed.targetMessageId()).isEqualTo(5015);
        assertThat(aimed.editsCardOnceSent()).isFalse();
        assertThat(aimed.key()).isEqualTo(edit.key());
        assertThat(Outgoing.edit("k", -100, 5015, Outgoing.Kind.CARD_UPDATE, "t")
                        .about(12L)
                        .build()
                        .editsCardOnceSent())
                .as("an edit aimed at a message from the start")
                .isFalse();
    }
}
