package org.standingoffice.telegram.internal.asker;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.standingoffice.knowledge.IngestionException;
import org.standingoffice.knowledge.KnowledgeBase;
import org.standingoffice.knowledge.TypingHabits;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.Command;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.Texts;
import org.standingoffice.telegram.internal.delivery.Outbox;
import org.standingoffice.telegram.internal.delivery.Outgoing;
import org.standingoffice.telegram.internal.transport.CallbackAnswers;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * An official's private chat: decides what a message is — a command, a registration step, thanks
 * ({@link Courtesy}), a question with or without a file, a file for the latest question — and hands it to the
 * {@link AskerCommands}, {@link Registration} or {@link AskerQuestions}; edits go to the
 * questions, button presses to {@link AskerButtons}.
 */
@Component
@ConditionalOnTelegram
public class AskerConversation {

    public static final String CHANNEL = "telegram";

    private static final Logger log = LoggerFactory.getLogger(AskerConversation.class);

    /** The asker of a private chat, as the desk knows askers: this channel and the chat's id. */
    static org.standingoffice.desk.Asker onDesk(String chatRef) {
        return new org.standingoffice.desk.Asker(CHANNEL, chatRef);
    }

    private final Askers askers;
    private final AskerLanguage languages;
    private final Outbox outbox;
    private final Texts texts;
    private final TelegramProperties properties;
    private final Registration registration;
    private final AskerCommands commands;
    private final AskerQuestions questions;
    private final AskerButtons buttons;
    private final IncomingFiles files;
    private final KnowledgeBase knowledgeBase;
    private final Clock clock;

    AskerConversation(
            Askers askers,
            AskerLanguage languages,
            Outbox outbox,
            Texts texts,
            TelegramProperties properties,
            Registration registration,
            AskerCommands commands,
            AskerQuestions questions,
            AskerButtons buttons,
            IncomingFiles files,
            KnowledgeBase knowledgeBase,
            Clock clock) {
        this.askers = askers;
        this.languages = languages;
        this.outbox = outbox;
        this.texts = texts;
        this.properties = properties;
        this.registration = registration;
        this.commands = commands;
        this.questions = questions;
        this.buttons = buttons;
        this.files = files;
        this.knowledgeBase = knowledgeBase;
        this.clock = clock;
    }

    public void onMessage(long updateId, Message message) {
        User from = message.getFrom();
        if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
            return;
        }
        Replies replies = new Replies(updateId, outbox, clock);
        Asker asker = askers.findOrCreate(
                message.getChatId(),
                displayName(from),
                from.getUserName(),
                languages.atFirstContact(from),
                clock.instant());
        long chat = asker.chatId();
        int messageId = message.getMessageId();
        Optional<Command> command = Command.of(message);
        if (command.isPresent()) {
            commands.command(replies, asker, message, command.get());
            return;
        }
        String text = message.hasText() ? message.getText() : message.getCaption();
        boolean hasText = text != null && !text.isBlank();
        if (IncomingFiles.unsupported(message)) {
            replies.reply(chat, messageId, texts.get(asker.language(), "unsupported"));
            if (!hasText) {
                return;
            }
        }
        Attachment file = null;
        if (IncomingFiles.hasFile(message)) {
            Optional<String> refusal = files.refusal(message, asker.language());
            if (refusal.isPresent()) {
                replies.reply(chat, messageId, refusal.get());
                if (!hasText) {
                    return;
                }
            } else {
                file = IncomingFiles.attachment(message);
            }
        }
        if (!hasText) {
            if (file != null) {
                questions.attachToLatest(replies, asker, message, file);
            }
            return; // a service message, or nothing we could use
        }
        if (asker.awaitingPlace() && file == null) {
            Registration.Step step = registration.answer(asker, text.strip());
            if (step.outcome() != Registration.Outcome.QUESTION) {
                registrationStep(replies, asker, messageId, step);
                return;
            }
        } else if (asker.state() == Asker.State.NEW && file == null && open()) {
            Optional<Registration.Step> registered = registration.placeFirst(asker, text.strip());
            if (registered.isPresent()) {
                registrationStep(replies, asker, messageId, registered.get());
                return;
            }
        }
        if (file == null) {
            Courtesy courtesy = courtesy();
            if (courtesy.only(text)) {
                replies.reply(chat, messageId, texts.get(asker.language(), "courtesy"));
                return;
            }
            if (courtesy.greeting(text)) {
                replies.reply(chat, messageId, texts.get(asker.language(), "greeting"));
                return;
            }
        }
        questions.question(replies, updateId, asker, message, text.strip(), file);
    }

    /**
     * The office's courtesy words as they are now: an edit to question-typing.yaml applies without
     * a restart (the knowledge base parses the file again only when it changed). A file the office
     * broke is reported by its reindex; here the message is then read as a question rather than lost.
     */
    private Courtesy courtesy() {
        try {
            return Courtesy.of(knowledgeBase.typingHabits());
        } catch (IngestionException e) {
            log.warn("Courtesy words unavailable, reading the message as a question: {}", e.getMessage());
            return Courtesy.of(TypingHabits.none());
        }
    }

    public void onEdited(long updateId, Message message) {
        String text = message.hasText() ? message.getText() : message.getCaption();
        if (text == null || text.isBlank() || text.startsWith("/")) {
            return;
        }
        questions.revise(updateId, message, text);
    }

    public void onCallback(CallbackQuery query, CallbackAnswers answers) {
        buttons.pressed(query, answers);
    }

    /** The update could not be handled after several tries: the asker should send it again. */
    public void apologise(long updateId, long chat) {
        String language = languages.of(chat);
        outbox.enqueue(
                Outgoing.send("u:" + updateId + ":failed", chat, Outgoing.Kind.REPLY, texts.get(language, "failure"))
                        .build(),
                clock.instant());
    }

    // --- registration in open mode

    private boolean open() {
        return properties.registration() == TelegramProperties.Registration.OPEN;
    }

    private void registrationStep(Replies replies, Asker asker, int messageId, Registration.Step step) {
        replies.reply(asker.chatId(), messageId, step.text(), step.keyboard());
        if (step.outcome() == Registration.Outcome.REGISTERED || step.outcome() == Registration.Outcome.GAVE_UP) {
            questions.releaseHeld(asker.chatId());
        }
    }

    static String displayName(User user) {
        String name = user.getFirstName() == null ? "" : user.getFirstName();
        if (user.getLastName() != null && !user.getLastName().isBlank()) {
            name = name + " " + user.getLastName();
        }
        return name.isBlank() ? user.getUserName() : name.strip();
    }
}
