package org.standingoffice.telegram.internal.asker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.Texts;
import org.telegram.telegrambots.meta.api.objects.User;

/** The rule for the language an official is written to in, with a detector that always says English. */
class AskerLanguageTests {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    final Askers askers = mock(Askers.class);
    final AskerLanguage rule;

    AskerLanguageTests() {
        TelegramProperties properties = mock(TelegramProperties.class);
        when(properties.languageSwitchWords()).thenReturn(4);
        Texts texts = mock(Texts.class);
        // The bundles have vi, en and sv; the office's default is vi.
        when(texts.supported(any())).thenAnswer(call -> {
            String code = call.getArgument(0);
            return code == null ? "vi" : code.substring(0, 2);
        });
        rule = new AskerLanguage(askers, texts, text -> "en", properties);
    }

    static Asker speaking(String language, boolean chosen) {
        return new Asker(1001, "Lan", null, language, Asker.State.REGISTERED, "Xã", "Tỉnh", null, null, 0, chosen);
    }

    @Test
    void aQuestionOfFourWordsSwitchesTheOfficialToItsLanguage() {
        Asker now = rule.asked(speaking("vi", false), "When is it due", NOW);

        assertThat(now.language()).isEqualTo("en");
        verify(askers).language(1001, "en", false, NOW);
    }

    @Test
    void aQuestionOfThreeWordsTellsTooLittle() {
        Asker now = rule.asked(speaking("vi", false), "VPTT 412 ok?", NOW);

        assertThat(now.language()).isEqualTo("vi");
        verify(askers, never()).language(anyLong(), anyString(), anyBoolean(), any());
    }

    @Test
    void aLanguageTheOfficialChoseStays() {
        Asker now = rule.asked(speaking("vi", true), "When is the monthly report due?", NOW);

        assertThat(now.language()).isEqualTo("vi");
        verify(askers, never()).language(anyLong(), anyString(), anyBoolean(), any());
    }

    @Test
    void anEnglishTelegramInterfaceSaysNothingBeforeTheFirstQuestionAnotherLanguageDoes() {
        assertThat(rule.atFirstContact(user("en"))).isEqualTo("vi");
        assertThat(rule.atFirstContact(user("en-GB"))).isEqualTo("vi");
        assertThat(rule.atFirstContact(user("sv"))).isEqualTo("sv");
        assertThat(rule.atFirstContact(user("vi"))).isEqualTo("vi");
        assertThat(rule.atFirstContact(user(null))).isEqualTo("vi");
        assertThat(rule.atFirstContact(null)).isEqualTo("vi");
    }

    static User user(String languageCode) {
        User user = new User(1001L, "Lan", false);
        user.setLanguageCode(languageCode);
        return user;
    }
}
