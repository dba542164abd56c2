package org.standingoffice.telegram.internal.asker;

import java.time.Instant;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.standingoffice.search.QuestionLanguages;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.Texts;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * The one rule for the language the bot writes to an official in; every message to an asker —
 * registration, acknowledgements, escalation notices, the frame around answers, command replies —
 * takes the language stored here when it is written.
 *
 * <ol>
 *   <li>A language the official picked with /language stays until they pick another.
 *   <li>Otherwise the language of their latest question of a few words at least ({@code
 *       office.telegram.language-switch-words}), read as the question arrives and before anything
 *       is said about it. Telegram has no Vietnamese interface, so many officials'
 *       {@code language_code} is "en" while they ask in Vietnamese; before this rule the
 *       acknowledgement came in English and the escalation notice and the answer in Vietnamese.
 *   <li>Before any question: their Telegram interface language, when the bundles have it and it is
 *       not English (Telegram's interface for everyone whose language it lacks), else the office's
 *       default ({@code office.telegram.default-language}).
 * </ol>
 *
 * Place names given at registration, commands and thanks say nothing about the language a person
 * reads: only questions count.
 */
@Component
@ConditionalOnTelegram
public class AskerLanguage {

    /** The interface language Telegram gives everyone whose own it does not have. */
    private static final String TELEGRAM_FALLBACK = "en";

    private final Askers askers;
    private final Texts texts;
    private final QuestionLanguages languages;
    private final int switchWords;

    AskerLanguage(Askers askers, Texts texts, QuestionLanguages languages, TelegramProperties properties) {
        this.askers = askers;
        this.texts = texts;
        this.languages = languages;
        this.switchWords = properties.languageSwitchWords();
    }

    /**
     * The language of an official the bot has not written to yet: their Telegram interface language,
     * unless it is English, which is what Telegram shows everyone whose language it lacks (Vietnamese
     * among them); then the office's default. Tried as an official with an English interface, the
     * welcome and the registration came in English to someone about to ask in Vietnamese. An English
     * speaker is written to in English from their first question on, or after /language.
     */
    String atFirstContact(User from) {
        String code = from == null ? null : from.getLanguageCode();
        boolean telegramsFallback =
                code != null && code.toLowerCase(Locale.ROOT).startsWith(TELEGRAM_FALLBACK);
        return texts.supported(telegramsFallback ? null : code);
    }

    /** The language to write to the official of {@code chat} in. */
    public String of(long chat) {
        return askers.language(chat, texts.supported(null));
    }

    /** As {@link #of(long)}, for someone who may never have written (a press on an old message). */
    String of(long chat, User from) {
        return askers.language(chat, atFirstContact(from));
    }

    /**
     * The official asked {@code question}: from now on they are written to in its language, unless
     * they picked one themselves or the bundles lack it. Returns the asker as now stored.
     */
    Asker asked(Asker asker, String question, Instant now) {
        if (asker.languageChosen() || question.strip().split("\\s+").length < switchWords) {
            return asker;
        }
        String written = languages.detect(question);
        if (!Texts.LANGUAGES.contains(written) || written.equals(asker.language())) {
            return asker;
        }
        askers.language(asker.chatId(), written, false, now);
        return asker.speaking(written);
    }

    /** The official picked {@code language} with /language; returns the bundle language stored. */
    String choose(long chat, String language, Instant now) {
        String chosen = texts.supported(language);
        askers.language(chat, chosen, true, now);
        return chosen;
    }
}
