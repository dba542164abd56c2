package org.standingoffice.telegram.internal.transport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;

/**
 * Answers to button presses, sent at once rather than through the outbox: Telegram shows a spinner
 * on the button until the answer comes, and an answer that comes late is useless. They are not
 * messages and do not count against the chat's sending limits.
 */
@Component
@ConditionalOnTelegram
public class CallbackAnswers {

    private static final Logger log = LoggerFactory.getLogger(CallbackAnswers.class);
    /** Telegram's limit on a callback answer's text. */
    private static final int MAX_TEXT = 200;

    private final BotApi api;

    CallbackAnswers(BotApi api) {
        this.api = api;
    }

    /** @param text plain text (no markup), or {@code null} to stop the spinner silently */
    public void answer(CallbackQuery query, String text, boolean alert) {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer =
                AnswerCallbackQuery.builder().callbackQueryId(query.getId());
        if (text != null) {
            answer.text(text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…")
                    .showAlert(alert);
        }
        try {
            api.call(answer.build());
        } catch (BotApiFailure e) {
            log.info("Could not answer button press {}: {}", query.getId(), e.getMessage());
        }
    }
}
