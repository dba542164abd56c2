package org.standingoffice.telegram.internal.asker;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.QuestionFilter;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionNotFound;
import org.standingoffice.desk.QuestionView;
import org.standingoffice.telegram.TelegramInvite;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.Command;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.Html;
import org.standingoffice.telegram.internal.Texts;
import org.standingoffice.telegram.internal.delivery.CallbackData;
import org.standingoffice.telegram.internal.delivery.Keyboard;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * The commands of an official's private chat: {@code /start} (with or without an invitation),
 * {@code /help}, {@code /status}, {@code /my}, {@code /docs}, {@code /language} and
 * {@code /cancel}.
 */
@Component
@ConditionalOnTelegram
class AskerCommands {

    private static final Logger log = LoggerFactory.getLogger(AskerCommands.class);
    private static final String CHANNEL = AskerConversation.CHANNEL;

    private final Desk desk;
    private final Askers askers;
    private final Texts texts;
    private final TelegramProperties properties;
    private final Registration registration;
    private final JdbcInvites invites;
    private final AskerQuestions questions;
    private final TransactionTemplate transactions;
    private final DocumentShelf shelf;
    private final Clock clock;

    AskerCommands(
            Desk desk,
            Askers askers,
            Texts texts,
            TelegramProperties properties,
            Registration registration,
            JdbcInvites invites,
            AskerQuestions questions,
            TransactionTemplate transactions,
            DocumentShelf shelf,
            Clock clock) {
        this.desk = desk;
        this.askers = askers;
        this.texts = texts;
        this.properties = properties;
        this.registration = registration;
        this.invites = invites;
        this.questions = questions;
        this.transactions = transactions;
        this.shelf = shelf;
        this.clock = clock;
    }

    void command(Replies replies, Asker asker, Message message, Command command) {
        String argument = command.argument();
        String language = asker.language();
        long chat = asker.chatId();
        int messageId = message.getMessageId();
        switch (command.name()) {
            case "start" -> start(replies, asker, messageId, argument);
            case "help" -> replies.reply(chat, messageId, texts.get(language, "help"));
            case "status" -> replies.reply(chat, messageId, status(asker, argument));
            case "my" -> replies.reply(chat, messageId, mine(asker));
            case "docs" -> replies.reply(chat, messageId, documents(language));
            // Each language offered in its own name, so that whoever cannot read the current one finds theirs.
            case "language" ->
                replies.reply(
                        chat,
                        null,
                        texts.get(language, "language.choose"),
                        Keyboard.of(List.of(
                                new CallbackData.Language("vi").labelled("Tiếng Việt"),
                                new CallbackData.Language("en").labelled("English"),
                                new CallbackData.Language("sv").labelled("Svenska"))));
            case "cancel" -> cancel(replies, asker, messageId);
            default -> replies.reply(chat, messageId, texts.get(language, "command.unknown"));
        }
    }

    private void start(Replies replies, Asker asker, int messageId, String code) {
        String language = asker.language();
        long chat = asker.chatId();
        if (!code.isEmpty()) {
            Optional<TelegramInvite> invite = transactions.execute(status -> {
                Optional<TelegramInvite> redeemed = invites.redeem(code);
                redeemed.ifPresent(found -> askers.register(
                        chat, found.commune(), found.province(), found.office(), code, clock.instant()));
                return redeemed;
            });
            if (invite == null || invite.isEmpty()) {
                log.info("Chat {} opened an invalid or used-up invitation", chat);
                replies.reply(chat, messageId, texts.get(language, "invite.invalid"));
                return;
            }
            replies.reply(
                    chat,
                    messageId,
                    texts.get(
                            language,
                            "registered",
                            Html.escape(invite.get().commune()),
                            Html.escape(invite.get().province())));
            questions.releaseHeld(chat);
            return;
        }
        boolean open = properties.registration() == TelegramProperties.Registration.OPEN;
        if (asker.registered() && !(open && asker.placeless())) {
            replies.reply(chat, messageId, texts.get(language, "welcome.registered"));
        } else if (open) {
            replies.reply(chat, messageId, registration.begin(asker));
        } else {
            replies.reply(chat, messageId, texts.get(language, "welcome.invite"));
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
                question = desk.get(id, AskerConversation.onDesk(asker.ref()));
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
        List<DocumentShelf.Entry> entries = shelf.entries(language);
        if (entries.isEmpty()) {
            return texts.get(language, "docs.none");
        }
        Locale reader = Locale.forLanguageTag(language);
        StringBuilder list = new StringBuilder(texts.get(language, "docs.title"));
        entries.stream()
                .limit(50)
                .forEach(entry -> list.append("\n• ")
                        .append(texts.get(
                                language,
                                "docs.line",
                                Html.escape(entry.name()),
                                Html.escape(Html.truncate(entry.title(), 200)),
                                entry.languages().stream()
                                        .map(code -> Texts.LANGUAGES.contains(code)
                                                ? texts.get(language, "docs.language." + code)
                                                : Locale.forLanguageTag(code).getDisplayLanguage(reader))
                                        .collect(Collectors.joining(", ")))));
        return list.toString();
    }

    private void cancel(Replies replies, Asker asker, int messageId) {
        int dropped = askers.dropHeld(asker.chatId());
        if (!asker.registered() && (dropped > 0 || asker.state() != Asker.State.NEW)) {
            askers.state(asker.chatId(), Asker.State.NEW, null, clock.instant());
            replies.reply(asker.chatId(), messageId, texts.get(asker.language(), "cancelled"));
        } else {
            replies.reply(asker.chatId(), messageId, texts.get(asker.language(), "cancel.nothing"));
        }
    }
}
