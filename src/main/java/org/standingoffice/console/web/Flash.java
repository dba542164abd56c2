package org.standingoffice.console.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-line notice or problem the next page shows after an action redirected to it, in the
 * user's language.
 */
@Component
class Flash {

    private final MessageSource messages;

    Flash(MessageSource messages) {
        this.messages = messages;
    }

    void notice(RedirectAttributes attributes, String key, Object... args) {
        attributes.addFlashAttribute("notice", message(key, args));
    }

    void problem(RedirectAttributes attributes, String key, Object... args) {
        attributes.addFlashAttribute("problem", message(key, args));
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
