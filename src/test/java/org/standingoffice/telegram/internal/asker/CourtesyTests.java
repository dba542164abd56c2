package org.standingoffice.telegram.internal.asker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.standingoffice.knowledge.TypingHabits;
import org.standingoffice.knowledge.internal.TypingHabitsReader;

class CourtesyTests {

    /** The lists the project ships, as an office would have them. */
    private static final Courtesy courtesy =
            Courtesy.of(new TypingHabitsReader().read(Path.of("knowledge-base/question-typing.yaml")));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Dạ cảm ơn ạ",
                "dạ em cảm ơn anh chị nhiều ạ",
                "cam on ad nhe",
                "ok a",
                "Ok ạ, em rõ rồi",
                "vâng ạ",
                "Thanks!",
                "thank you very much",
                "Tack så mycket",
                "cảm ơn cảm ơn ạ",
                "ok e cam on nhieu",
                "e cam on a",
                "cảm ơn bot nhé 👍",
                "cảm ơn mọi người ạ"
            })
    void thanksAndAgreementAreCourtesy(String message) {
        assertThat(courtesy.only(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cảm ơn, cho em hỏi thêm VPTT hoạt động đến khi nào",
                "ok em hỏi xã có được tuyển thêm công chức ko",
                "Văn phòng thường trực hoạt động đến bao giờ?",
                "anh chị ơi",
                "a",
                "???",
                "What is the deadline for the monthly report of the commune?",
                "bao gio het han nop bao cao thang?",
                "cam on cam on cam on cam on cam on cam on"
            })
    void anythingElseIsNot(String message) {
        assertThat(courtesy.only(message)).isFalse();
    }

    @Test
    void anOfficesOwnWordsCountAndAreFoldedLikeTheMessage() {
        Courtesy extended = courtesy(List.of("Cảm ơn", "tuyệt"), List.of("Ạ", "quá"), List.of("Xin chào"));

        assertThat(extended.only("tuyệt quá ạ")).isTrue();
        assertThat(extended.only("cam on a")).isTrue();
        assertThat(extended.only("ok a")).isFalse();
    }

    /** Officials open a chat with a greeting; each one had become a ticket escalated to staff. */
    @ParameterizedTest
    @ValueSource(strings = {"chao a", "Xin chào", "alo", "a oi", "anh chị ơi", "Chào buổi sáng ạ", "hello", "Hej!"})
    void greetingsAreGreetings(String message) {
        assertThat(courtesy.greeting(message)).isTrue();
        assertThat(courtesy.only(message)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "chao a, cho e hoi bo chinh tri hop bao lau 1 lan",
                "a oi xa e co dc tuyen them cong chuc ko",
                "e cam on a",
                "Chào anh chị, em cảm ơn ạ",
                "chao a a a a a a a a a a"
            })
    void aGreetingWithAQuestionOrAThanksIsNoGreeting(String message) {
        assertThat(courtesy.greeting(message)).isFalse();
    }

    @Test
    void anOfficesOwnGreetingsCount() {
        Courtesy extended = courtesy(List.of(), List.of("ạ"), List.of("Kính chào"));

        assertThat(extended.greeting("kính chào ạ")).isTrue();
        assertThat(extended.greeting("chào ạ")).isFalse();
    }

    /** An office's own courtesy lists, and no other typing habits. */
    static Courtesy courtesy(List<String> thanks, List<String> words, List<String> greetings) {
        return Courtesy.of(new TypingHabits(
                List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), thanks, words, greetings, Map.of()));
    }

    @Test
    void withoutCourtesyWordsEveryMessageIsReadAsAQuestion() {
        assertThat(Courtesy.of(TypingHabits.none()).only("cảm ơn ạ")).isFalse();
    }
}
