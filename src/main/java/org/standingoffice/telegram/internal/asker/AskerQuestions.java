package org.standingoffice.telegram.internal.asker;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.DeskConflict;
import org.standingoffice.desk.NewQuestion;
import org.standingoffice.desk.QuestionFilter;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionNotFound;
import org.standingoffice.desk.QuestionRefused;
import org.standingoffice.desk.QuestionView;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.Html;
import org.standingoffice.telegram.internal.Texts;
import org.standingoffice.telegram.internal.delivery.Outbox;
import org.standingoffice.telegram.internal.delivery.Outgoing;
import org.standingoffice.telegram.internal.transport.BotApi;
import org.standingoffice.telegram.internal.transport.Inbox;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * An official's questions: asked at once when they are registered, held until they are
 * otherwise, revised when they edit the message, and files added to the latest open one. The
 * same words sent again while that question is open point to it instead of opening a second. A
 * question is received by the desk, linked to its message and acknowledged in one transaction
 * that also marks the update handled, so a crash in between neither loses the question nor asks
 * it twice.
 */
@Component
@ConditionalOnTelegram
class AskerQuestions {

    private static final Logger log = LoggerFactory.getLogger(AskerQuestions.class);
    /** The desk's limit on a question's length. */
    private static final int MAX_QUESTION = QuestionRefused.MAX_TEXT;

    private final Desk desk;
    private final Askers askers;
    private final AskerLanguage languages;
    private final Tickets tickets;
    private final Outbox outbox;
    private final Inbox inbox;
    private final Texts texts;
    private final TelegramProperties properties;
    private final TransactionTemplate transactions;
    private final BotApi api;
    private final Clock clock;

    AskerQuestions(
            Desk desk,
            Askers askers,
            AskerLanguage languages,
            Tickets tickets,
            Outbox outbox,
            Inbox inbox,
            Texts texts,
            TelegramProperties properties,
            TransactionTemplate transactions,
            BotApi api,
            Clock clock) {
        this.desk = desk;
        this.askers = askers;
        this.languages = languages;
        this.tickets = tickets;
        this.outbox = outbox;
        this.inbox = inbox;
        this.texts = texts;
        this.properties = properties;
        this.transactions = transactions;
        this.api = api;
        this.clock = clock;
    }

    void question(Replies replies, long updateId, Asker asker, Message message, String text, Attachment file) {
        Optional<QuestionRefused.Reason> refusal = QuestionRefused.check(text);
        if (refusal.isPresent()) {
            // Refused before it is held or registered: the asker never holds a ticket for it.
            replies.reply(asker.chatId(), message.getMessageId(), refusalText(asker.language(), refusal.get()));
            return;
        }
        asker = languages.asked(asker, text, clock.instant());
        if (!asker.registered()) {
            hold(replies, asker, message, text, file);
            return;
        }
        if (tickets.questionOf(asker.chatId(), message.getMessageId()).isPresent()) {
            return; // asked already: this update is being handled again after a crash
        }
        if (file == null && repeated(replies, asker, message, text)) {
            return;
        }
        releaseHeld(asker.chatId());
        ask(asker, asker.chatId(), message.getMessageId(), text, file, null, updateId, replies);
    }

    /**
     * The official sent the words of their latest question again while it is still open (folded,
     * so case, accents and punctuation aside): on a phone with a weak signal they resend when the
     * acknowledgement seems slow. Asked twice, it became two tickets with two drafts for staff to
     * approve, and the official could receive the same answer twice. They are pointed to the open one.
     */
    private boolean repeated(Replies replies, Asker asker, Message message, String text) {
        Optional<QuestionView> open = latestOpen(asker);
        if (open.isEmpty() || !Glossary.fold(open.get().text()).equals(Glossary.fold(text))) {
            return false;
        }
        QuestionView question = open.get();
        replies.reply(
                asker.chatId(),
                message.getMessageId(),
                texts.get(asker.language(), "question.repeated", question.id(), texts.time(question.dueAt())));
        return true;
    }

    /** The official's latest question, if it is still open. */
    private Optional<QuestionView> latestOpen(Asker asker) {
        return desk
                .list(new QuestionFilter(null, null, AskerConversation.CHANNEL, asker.ref()), 0, 1)
                .questions()
                .stream()
                .filter(question -> question.status().isOpen())
                .findFirst();
    }

    /** The official edited a message: its question takes the new wording while the desk allows it. */
    void revise(long updateId, Message message, String text) {
        long chat = message.getChatId();
        Replies replies = new Replies(updateId, outbox, clock);
        String language = languages.of(chat);
        Optional<QuestionId> question = tickets.questionOf(chat, message.getMessageId());
        if (question.isEmpty()) {
            // A question still held for registration takes the new wording quietly.
            askers.reviseHeld(chat, message.getMessageId(), Html.truncate(text.strip(), MAX_QUESTION));
            return;
        }
        QuestionId id = question.get();
        String reply;
        try {
            if (text.strip().length() > MAX_QUESTION) {
                reply = texts.get(language, "question.tooLong", MAX_QUESTION);
            } else {
                desk.revise(id, AskerConversation.onDesk(Long.toString(chat)), text.strip());
                reply = texts.get(language, "edit.updated", id);
            }
        } catch (DeskConflict e) {
            reply = texts.get(language, "edit.tooLate", id);
        } catch (QuestionNotFound e) {
            return;
        }
        outbox.enqueue(
                Outgoing.send(replies.key(), chat, Outgoing.Kind.REPLY, reply)
                        .about(id.value())
                        .replyingTo(message.getMessageId())
                        .build(),
                clock.instant());
    }

    private void hold(Replies replies, Asker asker, Message message, String text, Attachment file) {
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            askers.hold(asker.chatId(), message.getMessageId(), text, now);
            if (file != null) {
                askers.held(asker.chatId(), message.getMessageId())
                        .ifPresent(held -> tickets.attach(null, held.id(), file, now));
            }
        });
        if (properties.registration() == TelegramProperties.Registration.OPEN) {
            if (asker.state() == Asker.State.NEW) {
                askers.state(asker.chatId(), Asker.State.AWAITING_COMMUNE, null, now);
            }
            replies.reply(asker.chatId(), message.getMessageId(), texts.get(asker.language(), "held.open"));
        } else {
            replies.reply(asker.chatId(), message.getMessageId(), texts.get(asker.language(), "held.invite"));
        }
    }

    /**
     * Asks the questions held while the asker registered, oldest first. One that fails stays held
     * and is asked with the asker's next message; the registration itself stands.
     */
    void releaseHeld(long chat) {
        Asker asker = askers.find(chat).orElseThrow();
        if (!asker.registered()) {
            return;
        }
        for (Askers.Held held : askers.held(chat)) {
            try {
                ask(asker, chat, held.messageId(), held.text(), null, held.id(), null, null);
            } catch (RuntimeException e) {
                log.warn("Held question {} of chat {} not asked yet: {}", held.id(), chat, e.toString());
                return;
            }
        }
    }

    /**
     * Receives the question, links it to its message, attaches the files and enqueues the
     * acknowledgement — and marks the update handled — in one transaction.
     */
    private void ask(
            Asker asker,
            long chat,
            int messageId,
            String text,
            Attachment file,
            Long heldId,
            Long updateId,
            Replies replies) {
        String language = asker.language();
        QuestionView received;
        try {
            received = transactions.execute(status -> {
                Instant now = clock.instant();
                if (heldId != null && !askers.release(heldId)) {
                    return null; // another handler asked it already
                }
                QuestionView question = desk.receive(new NewQuestion(
                        text,
                        asker.displayName(),
                        asker.commune(),
                        asker.province(),
                        null,
                        AskerConversation.CHANNEL,
                        asker.ref(),
                        asker.officeId()));
                tickets.link(question.id(), chat, messageId, now);
                if (file != null) {
                    tickets.attach(question.id(), null, file, now);
                }
                if (heldId != null) {
                    tickets.attachHeld(heldId, question.id());
                }
                outbox.enqueue(
                        Outgoing.send(
                                        "ack:" + question.id(),
                                        chat,
                                        Outgoing.Kind.ACK,
                                        texts.get(language, "ack", question.id(), texts.time(question.dueAt())))
                                .about(question.id().value())
                                .replyingTo(messageId)
                                .build(),
                        now);
                if (updateId != null) {
                    inbox.done(updateId, now);
                }
                return question;
            });
        } catch (IllegalArgumentException e) {
            // Text or place the desk refuses: say so instead of retrying the update forever.
            log.info("Question from chat {} refused: {}", chat, e.getMessage());
            String key = replies == null ? "refused:" + chat + ":" + messageId : replies.key();
            String reply = e instanceof QuestionRefused refused
                    ? refusalText(language, refused.reason())
                    : texts.get(language, "question.refused");
            outbox.enqueue(
                    Outgoing.send(key, chat, Outgoing.Kind.REPLY, reply)
                            .replyingTo(messageId)
                            .build(),
                    clock.instant());
            return;
        }
        if (received != null) {
            // Drafting takes a moment; the indicator shows the message arrived and is being worked on.
            api.callQuietly(
                    SendChatAction.builder().chatId(chat).action("typing").build());
        }
    }

    /** A file sent without text belongs to the official's latest open question, if any. */
    void attachToLatest(Replies replies, Asker asker, Message message, Attachment file) {
        if (!asker.registered()) {
            replies.reply(
                    asker.chatId(), message.getMessageId(), texts.get(asker.language(), "attachment.needsQuestion"));
            return;
        }
        Optional<QuestionView> open = latestOpen(asker);
        if (open.isEmpty()) {
            replies.reply(
                    asker.chatId(), message.getMessageId(), texts.get(asker.language(), "attachment.needsQuestion"));
            return;
        }
        tickets.attach(open.get().id(), null, file, clock.instant());
        replies.reply(
                asker.chatId(),
                message.getMessageId(),
                texts.get(asker.language(), "attachment.added", open.get().id()));
    }

    private String refusalText(String language, QuestionRefused.Reason reason) {
        return switch (reason) {
            case EMPTY -> texts.get(language, "question.refused");
            case TOO_LONG -> texts.get(language, "question.tooLong", MAX_QUESTION);
            case NO_LETTERS -> texts.get(language, "question.noLetters");
        };
    }
}
