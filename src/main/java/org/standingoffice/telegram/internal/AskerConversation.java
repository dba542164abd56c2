package org.standingoffice.telegram.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
import org.standingoffice.knowledge.KnowledgeBase;
import org.standingoffice.knowledge.SourceFile;
import org.standingoffice.telegram.TelegramInvite;
import org.standingoffice.telegram.TelegramProperties;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

/**
 * An official's private chat: commands, registration, questions with their files, edits, and the
 * feedback buttons under answers. A question is received by the desk, linked to its message and
 * acknowledged in one transaction that also marks the update handled, so a crash in between
 * neither loses the question nor asks it twice.
 */
@Component
@ConditionalOnTelegram
class AskerConversation {

    static final String CHANNEL = "telegram";

    private static final Logger log = LoggerFactory.getLogger(AskerConversation.class);
    /** The desk's limit on a question's length. */
    private static final int MAX_QUESTION = QuestionRefused.MAX_TEXT;

    private final Desk desk;
    private final Askers askers;
    private final Tickets tickets;
    private final Outbox outbox;
    private final Inbox inbox;
    private final Texts texts;
    private final TelegramProperties properties;
    private final Registration registration;
    private final JdbcInvites invites;
    private final TransactionTemplate transactions;
    private final BotApi api;
    private final ObjectProvider<KnowledgeBase> knowledge;
    private final Clock clock;

    AskerConversation(
            Desk desk,
            Askers askers,
            Tickets tickets,
            Outbox outbox,
            Inbox inbox,
            Texts texts,
            TelegramProperties properties,
            Registration registration,
            JdbcInvites invites,
            TransactionTemplate transactions,
            BotApi api,
            ObjectProvider<KnowledgeBase> knowledge,
            Clock clock) {
        this.desk = desk;
        this.askers = askers;
        this.tickets = tickets;
        this.outbox = outbox;
        this.inbox = inbox;
        this.texts = texts;
        this.properties = properties;
        this.registration = registration;
        this.invites = invites;
        this.transactions = transactions;
        this.api = api;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    /** Keys for the replies to one update: handling it again enqueues nothing twice. */
    private static final class Replies {

        private final long updateId;
        private int next;

        Replies(long updateId) {
            this.updateId = updateId;
        }

        String key() {
            return "u:" + updateId + ":" + next++;
        }
    }

    void onMessage(long updateId, Message message) {
        User from = message.getFrom();
        if (from == null || Boolean.TRUE.equals(from.getIsBot())) {
            return;
        }
        Replies replies = new Replies(updateId);
        Asker asker = askers.findOrCreate(
                message.getChatId(),
                displayName(from),
                from.getUserName(),
                texts.supported(from.getLanguageCode()),
                clock.instant());
        Optional<Command> command = Command.of(message);
        if (command.isPresent()) {
            command(replies, asker, message, command.get());
            return;
        }
        String text = message.hasText() ? message.getText() : message.getCaption();
        boolean hasText = text != null && !text.isBlank();
        if (unsupported(message)) {
            reply(replies, asker, message, texts.get(asker.language(), "unsupported"));
            if (!hasText) {
                return;
            }
        }
        Attachment file = null;
        if (message.hasPhoto() || message.hasDocument()) {
            Optional<String> refusal = refusal(message, asker);
            if (refusal.isPresent()) {
                reply(replies, asker, message, refusal.get());
                if (!hasText) {
                    return;
                }
            } else {
                file = attachment(message);
            }
        }
        if (!hasText) {
            if (file != null) {
                attachToLatest(replies, asker, message, file);
            }
            return; // a service message, or nothing we could use
        }
        if (asker.awaitingPlace() && file == null) {
            Registration.Step step = registration.answer(asker, text.strip());
            if (step.outcome() != Registration.Outcome.QUESTION) {
                registrationStep(replies, asker, message, step);
                return;
            }
        } else if (asker.state() == Asker.State.NEW && file == null && open()) {
            Optional<Registration.Step> registered = registration.placeFirst(asker, text.strip());
            if (registered.isPresent()) {
                registrationStep(replies, asker, message, registered.get());
                return;
            }
        }
        question(replies, updateId, asker, message, text.strip(), file);
    }

    void onEdited(long updateId, Message message) {
        String text = message.hasText() ? message.getText() : message.getCaption();
        if (text == null || text.isBlank() || text.startsWith("/")) {
            return;
        }
        long chat = message.getChatId();
        Replies replies = new Replies(updateId);
        String language = askers.language(chat, texts.supported(null));
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
                desk.revise(id, new org.standingoffice.desk.Asker(CHANNEL, Long.toString(chat)), text.strip());
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
                        .replyingTo(message.getMessageId()),
                clock.instant());
    }

    void onCallback(CallbackQuery query, CallbackAnswers answers) {
        long chat = query.getMessage().getChatId();
        Optional<AskerButton> button = AskerButton.decode(query.getData());
        if (button.isEmpty()) {
            answers.answer(query, null, false);
            return;
        }
        if (button.get() instanceof AskerButton.Language language) {
            language(query, answers, chat, language);
        } else if (button.get() instanceof AskerButton.Feedback feedback) {
            feedback(query, answers, chat, feedback);
        } else {
            place(query, answers, chat, button.get());
        }
    }

    private void language(CallbackQuery query, CallbackAnswers answers, long chat, AskerButton.Language button) {
        String chosen = texts.supported(button.code());
        askers.language(chat, chosen, clock.instant());
        answers.answer(query, texts.get(chosen, "language.set"), false);
        outbox.enqueue(
                Outgoing.edit(
                        "lang:" + query.getId(),
                        chat,
                        query.getMessage().getMessageId(),
                        Outgoing.Kind.REPLY,
                        texts.get(chosen, "language.set")),
                clock.instant());
    }

    private void feedback(CallbackQuery query, CallbackAnswers answers, long chat, AskerButton.Feedback button) {
        String language = askers.language(chat, texts.supported(query.getFrom().getLanguageCode()));
        QuestionId id = new QuestionId(button.questionId());
        String ref = Long.toString(chat);
        try {
            org.standingoffice.desk.Asker asker = new org.standingoffice.desk.Asker(CHANNEL, ref);
            if (button.resolved()) {
                desk.resolve(id, asker);
                answers.answer(query, texts.get(language, "feedback.thanks"), false);
            } else {
                desk.reopen(id, asker, texts.staff("feedback.reopenReason"));
                answers.answer(query, texts.get(language, "feedback.reopened", id), true);
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
                        query.getMessage().getMessageId()),
                clock.instant());
    }

    /** A unit offered during registration, or "None of these": the offer is replaced by what follows. */
    private void place(CallbackQuery query, CallbackAnswers answers, long chat, AskerButton button) {
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
                        step.text()),
                clock.instant());
        if (step.outcome() == Registration.Outcome.REGISTERED || step.outcome() == Registration.Outcome.GAVE_UP) {
            releaseHeld(chat);
        }
    }

    /** The update could not be handled after several tries: the asker should send it again. */
    void apologise(long updateId, long chat) {
        String language = askers.language(chat, texts.supported(null));
        outbox.enqueue(
                Outgoing.send("u:" + updateId + ":failed", chat, Outgoing.Kind.REPLY, texts.get(language, "failure")),
                clock.instant());
    }

    // --- commands

    private void command(Replies replies, Asker asker, Message message, Command command) {
        String argument = command.argument();
        String language = asker.language();
        switch (command.name()) {
            case "start" -> start(replies, asker, message, argument);
            case "help" -> reply(replies, asker, message, texts.get(language, "help"));
            case "status" -> reply(replies, asker, message, status(asker, argument));
            case "my" -> reply(replies, asker, message, mine(asker));
            case "docs" -> reply(replies, asker, message, documents(language));
            case "language" ->
                outbox.enqueue(
                        Outgoing.send(
                                        replies.key(),
                                        asker.chatId(),
                                        Outgoing.Kind.REPLY,
                                        texts.get(language, "language.choose"))
                                .withKeyboard(Keyboard.of(List.of(
                                        new AskerButton.Language("vi").labelled("Tiếng Việt"),
                                        new AskerButton.Language("en").labelled("English"),
                                        new AskerButton.Language("sv").labelled("Svenska")))),
                        clock.instant());
            case "cancel" -> cancel(replies, asker, message);
            default -> reply(replies, asker, message, texts.get(language, "command.unknown"));
        }
    }

    private void start(Replies replies, Asker asker, Message message, String code) {
        String language = asker.language();
        if (!code.isEmpty()) {
            Optional<TelegramInvite> invite = transactions.execute(status -> {
                Optional<TelegramInvite> redeemed = invites.redeem(code);
                redeemed.ifPresent(found -> askers.register(
                        asker.chatId(), found.commune(), found.province(), found.office(), code, clock.instant()));
                return redeemed;
            });
            if (invite == null || invite.isEmpty()) {
                log.info("Chat {} opened an invalid or used-up invitation", asker.chatId());
                reply(replies, asker, message, texts.get(language, "invite.invalid"));
                return;
            }
            reply(
                    replies,
                    asker,
                    message,
                    texts.get(
                            language,
                            "registered",
                            Html.escape(invite.get().commune()),
                            Html.escape(invite.get().province())));
            releaseHeld(asker.chatId());
            return;
        }
        boolean open = open();
        if (asker.registered() && !(open && asker.placeless())) {
            reply(replies, asker, message, texts.get(language, "welcome.registered"));
        } else if (open) {
            reply(replies, asker, message, registration.begin(asker));
        } else {
            reply(replies, asker, message, texts.get(language, "welcome.invite"));
        }
    }

    private String status(Asker asker, String argument) {
        String language = asker.language();
        QuestionView question;
        try {
            if (argument.isEmpty()) {
                List<QuestionView> latest = desk.list(new QuestionFilter(null, null, CHANNEL, asker.ref()), 0, 1)
                        .questions();
                if (latest.isEmpty()) {
                    return texts.get(language, "my.none");
                }
                question = latest.get(0);
            } else {
                QuestionId id = new QuestionId(Long.parseLong(argument.replaceAll("[^0-9]", "")));
                question = desk.get(id, new org.standingoffice.desk.Asker(CHANNEL, asker.ref()));
            }
        } catch (NumberFormatException | QuestionNotFound e) {
            return texts.get(language, "status.notFound");
        }
        String due = question.status().isOpen() && question.dueAt() != null
                ? texts.get(language, "status.due", texts.time(question.dueAt()))
                : "";
        return texts.get(
                language,
                "status.line",
                question.id(),
                texts.get(language, "state." + question.status().name()),
                texts.time(question.receivedAt()),
                Html.escape(Html.truncate(question.text(), 300)),
                due);
    }

    private String mine(Asker asker) {
        String language = asker.language();
        List<QuestionView> questions = desk.list(new QuestionFilter(null, null, CHANNEL, asker.ref()), 0, 10)
                .questions();
        if (questions.isEmpty()) {
            return texts.get(language, "my.none");
        }
        StringBuilder list = new StringBuilder(texts.get(language, "my.title"));
        for (QuestionView question : questions) {
            list.append('\n')
                    .append(texts.get(
                            language,
                            "my.line",
                            question.id(),
                            texts.get(language, "state." + question.status().name()),
                            Html.escape(Html.truncate(question.text(), 60))));
        }
        return list.toString();
    }

    private String documents(String language) {
        KnowledgeBase base = knowledge.getIfAvailable();
        List<String> names = base == null
                ? List.of()
                : base.files().stream()
                        .map(SourceFile::name)
                        .map(name -> name.replaceAll("\\.[A-Za-z0-9]+$", ""))
                        .toList();
        if (names.isEmpty()) {
            return texts.get(language, "docs.none");
        }
        StringBuilder list = new StringBuilder(texts.get(language, "docs.title"));
        names.stream().limit(50).forEach(name -> list.append("\n• ").append(Html.escape(name)));
        return list.toString();
    }

    private void cancel(Replies replies, Asker asker, Message message) {
        int dropped = askers.dropHeld(asker.chatId());
        if (!asker.registered() && (dropped > 0 || asker.state() != Asker.State.NEW)) {
            askers.state(asker.chatId(), Asker.State.NEW, null, clock.instant());
            reply(replies, asker, message, texts.get(asker.language(), "cancelled"));
        } else {
            reply(replies, asker, message, texts.get(asker.language(), "cancel.nothing"));
        }
    }

    // --- registration in open mode

    private boolean open() {
        return properties.registration() == TelegramProperties.Registration.OPEN;
    }

    private void registrationStep(Replies replies, Asker asker, Message message, Registration.Step step) {
        Outgoing reply = Outgoing.send(replies.key(), asker.chatId(), Outgoing.Kind.REPLY, step.text())
                .replyingTo(message.getMessageId());
        outbox.enqueue(step.keyboard() == null ? reply : reply.withKeyboard(step.keyboard()), clock.instant());
        if (step.outcome() == Registration.Outcome.REGISTERED || step.outcome() == Registration.Outcome.GAVE_UP) {
            releaseHeld(asker.chatId());
        }
    }

    // --- questions

    private void question(Replies replies, long updateId, Asker asker, Message message, String text, Attachment file) {
        String language = asker.language();
        Optional<QuestionRefused.Reason> refusal = QuestionRefused.check(text);
        if (refusal.isPresent()) {
            // Refused before it is held or registered: the asker never holds a ticket for it.
            reply(replies, asker, message, refusalText(language, refusal.get()));
            return;
        }
        if (!asker.registered()) {
            hold(replies, asker, message, text, file);
            return;
        }
        if (tickets.questionOf(asker.chatId(), message.getMessageId()).isPresent()) {
            return; // asked already: this update is being handled again after a crash
        }
        releaseHeld(asker.chatId());
        ask(asker, asker.chatId(), message.getMessageId(), text, file, null, updateId, replies);
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
            reply(replies, asker, message, texts.get(asker.language(), "held.open"));
        } else {
            reply(replies, asker, message, texts.get(asker.language(), "held.invite"));
        }
    }

    /**
     * Asks the questions held while the asker registered, oldest first. One that fails stays held
     * and is asked with the asker's next message; the registration itself stands.
     */
    private void releaseHeld(long chat) {
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
                        CHANNEL,
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
                                .replyingTo(messageId),
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
            outbox.enqueue(Outgoing.send(key, chat, Outgoing.Kind.REPLY, reply).replyingTo(messageId), clock.instant());
            return;
        }
        if (received != null) {
            // Drafting takes a moment; the indicator shows the message arrived and is being worked on.
            api.callQuietly(
                    SendChatAction.builder().chatId(chat).action("typing").build());
        }
    }

    private void attachToLatest(Replies replies, Asker asker, Message message, Attachment file) {
        if (!asker.registered()) {
            reply(replies, asker, message, texts.get(asker.language(), "attachment.needsQuestion"));
            return;
        }
        Optional<QuestionView> open =
                desk.list(new QuestionFilter(null, null, CHANNEL, asker.ref()), 0, 1).questions().stream()
                        .filter(question -> question.status().isOpen())
                        .findFirst();
        if (open.isEmpty()) {
            reply(replies, asker, message, texts.get(asker.language(), "attachment.needsQuestion"));
            return;
        }
        tickets.attach(open.get().id(), null, file, clock.instant());
        reply(
                replies,
                asker,
                message,
                texts.get(asker.language(), "attachment.added", open.get().id()));
    }

    // --- content checks

    private static boolean unsupported(Message message) {
        return message.hasVoice()
                || message.hasSticker()
                || message.hasVideo()
                || message.hasVideoNote()
                || message.hasAudio()
                || message.hasAnimation()
                || message.hasLocation()
                || message.hasContact()
                || message.hasPoll()
                || message.hasDice();
    }

    private String refusalText(String language, QuestionRefused.Reason reason) {
        return switch (reason) {
            case EMPTY -> texts.get(language, "question.refused");
            case TOO_LONG -> texts.get(language, "question.tooLong", MAX_QUESTION);
            case NO_LETTERS -> texts.get(language, "question.noLetters");
        };
    }

    private Optional<String> refusal(Message message, Asker asker) {
        long cap = properties.maxAttachmentSize().toBytes();
        String language = asker.language();
        if (message.hasPhoto()) {
            PhotoSize largest = largest(message.getPhoto());
            if (largest.getFileSize() != null && largest.getFileSize() > cap) {
                return Optional.of(texts.get(language, "attachment.tooLarge", cap / (1024 * 1024)));
            }
            return Optional.empty();
        }
        Document document = message.getDocument();
        if (document.getFileSize() != null && document.getFileSize() > cap) {
            return Optional.of(texts.get(language, "attachment.tooLarge", cap / (1024 * 1024)));
        }
        String type = document.getMimeType() == null
                ? ""
                : document.getMimeType().toLowerCase(Locale.ROOT).strip();
        if (!properties.documentTypes().contains(type)) {
            return Optional.of(texts.get(language, "attachment.type"));
        }
        return Optional.empty();
    }

    private static Attachment attachment(Message message) {
        if (message.hasPhoto()) {
            PhotoSize photo = largest(message.getPhoto());
            return new Attachment(
                    "photo",
                    photo.getFileId(),
                    photo.getFileUniqueId(),
                    null,
                    "image/jpeg",
                    photo.getFileSize() == null ? null : photo.getFileSize().longValue(),
                    message.getChatId(),
                    message.getMessageId());
        }
        Document document = message.getDocument();
        return new Attachment(
                "document",
                document.getFileId(),
                document.getFileUniqueId(),
                document.getFileName(),
                document.getMimeType(),
                document.getFileSize(),
                message.getChatId(),
                message.getMessageId());
    }

    private static PhotoSize largest(List<PhotoSize> sizes) {
        PhotoSize best = sizes.get(0);
        for (PhotoSize size : sizes) {
            long area = (long) size.getWidth() * size.getHeight();
            if (area > (long) best.getWidth() * best.getHeight()) {
                best = size;
            }
        }
        return best;
    }

    private void reply(Replies replies, Asker asker, Message message, String html) {
        outbox.enqueue(
                Outgoing.send(replies.key(), asker.chatId(), Outgoing.Kind.REPLY, html)
                        .replyingTo(message.getMessageId()),
                clock.instant());
    }

    static String displayName(User user) {
        String name = user.getFirstName() == null ? "" : user.getFirstName();
        if (user.getLastName() != null && !user.getLastName().isBlank()) {
            name = name + " " + user.getLastName();
        }
        return name.isBlank() ? user.getUserName() : name.strip();
    }
}
