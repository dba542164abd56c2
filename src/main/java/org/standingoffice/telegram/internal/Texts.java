package org.standingoffice.telegram.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.standingoffice.telegram.TelegramProperties;

/**
 * The bot's texts from the message bundles ({@code telegram.*} keys), in the asker's language.
 * Bundle texts are HTML (they may carry tags); arguments must be escaped by the caller.
 */
@Component
@ConditionalOnTelegram
public class Texts {

    /** The languages the bundles carry; anything else is answered in the default language. */
    public static final List<String> LANGUAGES = List.of("vi", "en", "sv");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final MessageSource messages;
    private final TelegramProperties properties;

    Texts(MessageSource messages, TelegramProperties properties) {
        this.messages = messages;
        this.properties = properties;
    }

    public String get(String language, String key, Object... args) {
        return messages.getMessage("telegram." + key, args, Locale.forLanguageTag(supported(language)));
    }

    /** The staff group's language. */
    public String staff(String key, Object... args) {
        return get(properties.staffLanguage(), key, args);
    }

    /** The bundle language for a Telegram {@code language_code} such as "vi" or "en-GB". */
    public String supported(String languageCode) {
        if (languageCode != null && languageCode.length() >= 2) {
            String language = languageCode.substring(0, 2).toLowerCase(Locale.ROOT);
            if (LANGUAGES.contains(language)) {
                return language;
            }
        }
        return LANGUAGES.contains(properties.defaultLanguage()) ? properties.defaultLanguage() : "vi";
    }

    /** A time in the office's time zone, as askers read it: 14:30 25/07/2025. */
    public String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant.atZone(properties.timeZone()));
    }
}
