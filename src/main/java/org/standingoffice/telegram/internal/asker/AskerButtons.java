package org.standingoffice.telegram.internal.asker;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.DeskConflict;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionNotFound;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.Html;
import org.standingoffice.telegram.internal.Texts;
import org.standingoffice.telegram.internal.delivery.CallbackData;
import org.standingoffice.telegram.internal.delivery.Outbox;
import org.standingoffice.telegram.internal.delivery.Outgoing;
import org.standingoffice.telegram.internal.transport.CallbackAnswers;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;

/**
 * The buttons an official presses in their private chat: the interface language, "resolved" or
 * "not resolved" under an answer, and the units offered during registration. Every press is
 * answered, so that the button's spinner stops.
 */
@Component
@ConditionalOnTelegram
class AskerButtons {

    private static final String CHANNEL = AskerConversation.CHANNEL;

    private final Desk desk;
    private final Askers askers;
    private final AskerLanguage languages;
    private final Outbox outbox;
    private final Texts texts;
    private final Registration registration;
    private final AskerQuestions questions;
    private final Clock clock;

    AskerButtons(
            Desk desk,
            Askers askers,
            AskerLanguage languages,
            Outbox outbox,
            Texts texts,
            Registration registration,
            AskerQuestions questions,
            Clock clock) {
        this.desk = desk;
        this.askers = askers;
        this.languages = languages;
        this.outbox = outbox;
        this.texts = texts;
        this.registration = registration;
        this.questions = questions;
        this.clock = clock;
    }

    void pressed(CallbackQuery query, CallbackAnswers answers) {
        long chat = query.getMessage().getChatId();
        Optional<CallbackData.ForAsker> button = CallbackData.forAsker(query.getData());
        if (button.isEmpty()) {
            answers.answer(query, null, false);
        } else if (button.get() instanceof CallbackData.Language language) {
            language(query, answers, chat, language);
        } else if (button.get() instanceof CallbackData.Feedback feedback) {
            feedback(query, answers, chat, feedback);
        } else if (button.get() instanceof CallbackData.PlaceAnswer place) {
            place(query, answers, chat, place);
        }
    }

    private void language(CallbackQuery query, CallbackAnswers answers, long chat, CallbackData.Language button) {
        String chosen = languages.choose(chat, button.code(), clock.instant());
        answers.answer(query, texts.get(chosen, "language.set"), false);
        outbox.enqueue(
                Outgoing.edit(
                                "lang:" + query.getId(),
                                chat,
                                query.getMessage().getMessageId(),
                                Outgoing.Kind.REPLY,
                                texts.get(chosen, "language.set"))
                        .build(),
                clock.instant());
    }

    private void feedback(CallbackQuery query, CallbackAnswers answers, long chat, CallbackData.Feedback button) {
        String language = languages.of(chat, query.getFrom());
        QuestionId id = new QuestionId(button.questionId());
        String ref = Long.toString(chat);
        try {
            org.standingoffice.desk.Asker asker = AskerConversation.onDesk(ref);
            if (button.resolved()) {
                desk.resolve(id, asker);
                answers.answer(query, texts.get(language, "feedback.thanks"), false);
            } else {
                desk.reopen(id, asker, texts.staff("feedback.reopenReason"));
                // The chat message that follows the escalation confirms it, with the time an answer
                // is due; a pop-up saying the same would be a second confirmation to dismiss.
                answers.answer(query, null, false);
            }
        } catch (DeskConflict e) {
            answers.answer(query, texts.get(language, "feedback.tooLate", id), true);
        } catch (QuestionNotFound e) {
            answers.answer(query, texts.get(language, "status.notFound"), false);
            return;
        }
        outbox.enqueue(
                Outgoing.removeButtons(
                                "fb:" + id + ":" + query.getMessage().getMessageId(),
                                chat,
                                query.getMessage().getMessageId())
                        .build(),
                clock.instant());
    }

    /** A unit offered during registration, or "None of these": the offer is replaced by what follows. */
    private void place(CallbackQuery query, CallbackAnswers answers, long chat, CallbackData.PlaceAnswer button) {
        Optional<Asker> asker = askers.find(chat);
        if (asker.isEmpty()) {
            answers.answer(query, null, false);
            return;
        }
        Registration.Step step = registration.pressed(asker.get(), button);
        if (step.outcome() == Registration.Outcome.ALREADY) {
            answers.answer(query, Html.toPlain(step.text()), false);
            return;
        }
        answers.answer(query, null, false);
        outbox.enqueue(
                Outgoing.edit(
                                "pl:" + query.getId(),
                                chat,
                                query.getMessage().getMessageId(),
                                Outgoing.Kind.REPLY,
                                step.text())
                        .build(),
                clock.instant());
        if (step.outcome() == Registration.Outcome.REGISTERED || step.outcome() == Registration.Outcome.GAVE_UP) {
            questions.releaseHeld(chat);
        }
    }
}
