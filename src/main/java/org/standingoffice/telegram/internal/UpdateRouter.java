package org.standingoffice.telegram.internal;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.standingoffice.telegram.internal.asker.AskerConversation;
import org.standingoffice.telegram.internal.staff.StaffDesk;
import org.standingoffice.telegram.internal.staff.StaffGroups;
import org.standingoffice.telegram.internal.staff.StaffLinking;
import org.standingoffice.telegram.internal.transport.CallbackAnswers;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Sends each update to whoever handles its chat: private chats to the asker conversation, the
 * staff group to the staff desk, and {@code /link} in either to staff linking, ahead of an
 * asker's registration. Everything else — other groups the bot was added to, channels — is
 * ignored. Staff groups are the default one and those of offices.
 */
@Component
@ConditionalOnTelegram
public class UpdateRouter {

    private static final Logger log = LoggerFactory.getLogger(UpdateRouter.class);

    private final AskerConversation askers;
    private final StaffDesk staff;
    private final StaffLinking linking;
    private final CallbackAnswers answers;
    private final StaffGroups groups;

    UpdateRouter(
            AskerConversation askers,
            StaffDesk staff,
            StaffLinking linking,
            CallbackAnswers answers,
            StaffGroups groups) {
        this.askers = askers;
        this.staff = staff;
        this.linking = linking;
        this.answers = answers;
        this.groups = groups;
    }

    public void route(long updateId, Update update) {
        if (update.getMessage() != null) {
            Message message = update.getMessage();
            Optional<Command> link = Command.of(message).filter(command -> command.is(StaffLinking.COMMAND));
            if (link.isPresent() && (isPrivate(message) || isStaff(message.getChatId()))) {
                linking.onLink(updateId, message, link.get().argument(), isPrivate(message));
            } else if (isPrivate(message)) {
                askers.onMessage(updateId, message);
            } else if (isStaff(message.getChatId())) {
                staff.onMessage(updateId, message);
            } else {
                log.debug("Ignored update {} from chat {}", updateId, message.getChatId());
            }
        } else if (update.getEditedMessage() != null) {
            if (isPrivate(update.getEditedMessage())) {
                askers.onEdited(updateId, update.getEditedMessage());
            }
        } else if (update.getCallbackQuery() != null) {
            CallbackQuery query = update.getCallbackQuery();
            if (query.getMessage() == null) {
                answers.answer(query, null, false);
            } else if (isStaff(query.getMessage().getChatId())) {
                staff.onCallback(query, answers);
            } else if (query.getMessage().getChatId() > 0) {
                askers.onCallback(query, answers);
            } else {
                answers.answer(query, null, false);
            }
        }
    }

    /** The update could not be handled: an asker is asked to send it again. */
    public void gaveUp(long updateId, Update update) {
        Message message = update.getMessage() != null ? update.getMessage() : update.getEditedMessage();
        if (message != null && isPrivate(message)) {
            askers.apologise(updateId, message.getChatId());
        }
    }

    private boolean isStaff(Long chatId) {
        return chatId != null && chatId < 0 && groups.isStaffGroup(chatId);
    }

    private static boolean isPrivate(Message message) {
        return message.getChat() != null && "private".equals(message.getChat().getType());
    }
}
