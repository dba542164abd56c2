package org.standingoffice.telegram.internal.staff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.standingoffice.desk.Actor;
import org.standingoffice.desk.AuditEvent;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.DeskConflict;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionNotFound;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.desk.QuestionView;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.Html;
import org.standingoffice.telegram.internal.JdbcTelegramNames;
import org.standingoffice.telegram.internal.Texts;
import org.standingoffice.telegram.internal.delivery.CallbackData;
import org.standingoffice.telegram.internal.delivery.Keyboard;
import org.standingoffice.telegram.internal.delivery.Outbox;
import org.standingoffice.telegram.internal.delivery.Outgoing;
import org.standingoffice.telegram.internal.transport.CallbackAnswers;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Staff working questions from the staff group: the buttons on cards, replies to the bot's
 * force-reply prompts (a rewritten draft, an answer to an escalated question) and the Send /
 * Cancel buttons of an edit's preview. Every action goes to the desk as the staff member (their
 * console account when they linked it, see {@link StaffActors}); the desk serialises concurrent
 * actions, so of two people pressing at once one wins and the other is told who did what. The card
 * is then edited in place to show it.
 */
@Component
@ConditionalOnTelegram
public class StaffDesk {

    private static final Logger log = LoggerFactory.getLogger(StaffDesk.class);

    private final Desk desk;
    private final StaffMembership membership;
    private final StaffActors actors;
    private final StaffCards cards;
    private final StaffEdits edits;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    StaffDesk(
            Desk desk,
            StaffMembership membership,
            StaffActors actors,
            StaffCards cards,
            StaffEdits edits,
            Outbox outbox,
            Texts texts,
            Clock clock) {
        this.desk = desk;
        this.membership = membership;
        this.actors = actors;
        this.cards = cards;
        this.edits = edits;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    public void onCallback(CallbackQuery query, CallbackAnswers answers) {
        User user = query.getFrom();
        String data = query.getData() == null ? "" : query.getData();
        if (!membership.isStaff(user.getId(), query.getMessage().getChatId())) {
            log.warn(
                    "Refused button {} pressed by Telegram user {} (@{}): not a member of the staff group",
                    data,
                    user.getId(),
                    user.getUserName());
            answers.answer(query, texts.staff("staff.refused"), true);
            return;
        }
        Optional<CallbackData.ForStaff> button = CallbackData.forStaff(data);
        if (button.isEmpty()) {
            answers.answer(query, null, false);
            return;
        }
        Optional<Actor> acting = actors.actorOf(user);
        if (acting.isEmpty()) {
            log.warn(
                    "Refused button {} pressed by Telegram user {}: linked to an account that may not work questions",
                    data,
                    user.getId());
            answers.answer(query, texts.staff("staff.accountDisabled"), true);
            return;
        }
        Actor actor = acting.get();
        if (button.get() instanceof CallbackData.EditDecision decision) {
            confirmEdit(query, answers, actor, decision.editId(), decision.send());
        } else if (button.get() instanceof CallbackData.CardAction action) {
            act(query, answers, user, actor, new QuestionId(action.questionId()), action.action());
        }
    }

    private void act(
            CallbackQuery query,
            CallbackAnswers answers,
            User user,
            Actor actor,
            QuestionId id,
            CallbackData.CardAction.Action action) {
        MaybeInaccessibleMessage card = query.getMessage();
        String who = StaffActors.shownName(user, actor);
        try {
            QuestionView after;
            String done;
            switch (action) {
                case CLAIM -> {
                    after = desk.claim(id, actor);
                    done = texts.staff("staff.claimed", who);
                    // The card names who holds it now; a line saying so again below would repeat it.
                    answers.answer(query, Html.toPlain(done), false);
                    updateCard(card.getChatId(), card.getMessageId(), after, null);
                    return;
                }
                case APPROVE -> {
                    after = desk.approve(id, actor, null);
                    done = texts.staff("staff.approved", who);
                }
                case REJECT -> {
                    after = desk.reject(id, actor, texts.staff("staff.rejectReason", who));
                    done = texts.staff("staff.rejected", who);
                }
                case ESCALATE -> {
                    after = desk.escalate(id, actor, texts.staff("staff.escalateReason", who));
                    done = texts.staff("staff.escalated", who);
                }
                case EDIT, ANSWER -> {
                    prompt(query, answers, user, actor, id, action == CallbackData.CardAction.Action.EDIT);
                    return;
                }
                default -> throw new IllegalStateException("unhandled " + action);
            }
            answers.answer(query, Html.toPlain(done), false);
            updateCard(card.getChatId(), card.getMessageId(), after, done);
        } catch (DeskConflict e) {
            answers.answer(query, whoDid(id, actor, e), true);
        } catch (QuestionNotFound e) {
            answers.answer(query, texts.staff("staff.notFound", id), true);
        } catch (IllegalArgumentException e) {
            answers.answer(query, e.getMessage(), true);
        }
    }

    /**
     * Edit and Answer: the staff member claims the question (so nobody else works on it meanwhile)
     * and is asked to reply to a prompt with the text.
     */
    private void prompt(
            CallbackQuery query, CallbackAnswers answers, User user, Actor actor, QuestionId id, boolean edit) {
        QuestionStatus needed = edit ? QuestionStatus.AWAITING_APPROVAL : QuestionStatus.ESCALATED;
        QuestionView question = desk.get(id);
        if (question.status() != needed) {
            answers.answer(query, whoDid(id, actor, null), true);
            return;
        }
        question = desk.claim(id, actor);
        MaybeInaccessibleMessage card = query.getMessage();
        outbox.enqueue(
                Outgoing.send(
                                "prompt:" + query.getId(),
                                card.getChatId(),
                                edit ? Outgoing.Kind.PROMPT_EDIT : Outgoing.Kind.PROMPT_ANSWER,
                                texts.staff(edit ? "staff.promptEdit" : "staff.promptAnswer", mention(user), id))
                        .about(id.value())
                        .replyingTo(card.getMessageId())
                        .forcingReply()
                        .context(Long.toString(user.getId()))
                        .build(),
                clock.instant());
        answers.answer(query, texts.staff("staff.replyBelow"), false);
        updateCard(card.getChatId(), card.getMessageId(), question, null);
    }

    /** A message in the staff group: only replies to the bot's prompts mean anything. */
    public void onMessage(long updateId, Message message) {
        Message replied = message.getReplyToMessage();
        User user = message.getFrom();
        if (replied == null || user == null || Boolean.TRUE.equals(user.getIsBot())) {
            return;
        }
        Optional<Outbox.Queued> prompt = outbox.bySentMessage(message.getChatId(), replied.getMessageId())
                .filter(sent -> sent.message().kind() == Outgoing.Kind.PROMPT_EDIT
                        || sent.message().kind() == Outgoing.Kind.PROMPT_ANSWER);
        if (prompt.isEmpty()) {
            return; // staff talking among themselves
        }
        String key = "u:" + updateId;
        if (!membership.isStaff(user.getId(), message.getChatId())) {
            log.warn(
                    "Ignored a reply to a prompt by Telegram user {} (@{}): not staff",
                    user.getId(),
                    user.getUserName());
            return;
        }
        String text = message.getText();
        long chat = message.getChatId();
        Outgoing asked = prompt.get().message();
        QuestionId id = new QuestionId(asked.questionId());
        if (text == null || text.isBlank()) {
            reply(key, chat, message, texts.staff("staff.textNeeded"));
            return;
        }
        Optional<Actor> acting = actors.actorOf(user);
        if (acting.isEmpty()) {
            reply(key, chat, message, texts.staff("staff.accountDisabled"));
            return;
        }
        Actor actor = acting.get();
        if (asked.kind() == Outgoing.Kind.PROMPT_ANSWER) {
            try {
                QuestionView after = desk.answer(id, actor, text);
                String done = texts.staff("staff.answered", StaffActors.shownName(user, actor));
                reply(key, chat, message, texts.staff("staff.answerSent", id));
                if (asked.replyTo() != null) {
                    updateCard(chat, asked.replyTo(), after, done);
                }
            } catch (DeskConflict e) {
                reply(key, chat, message, Html.escape(whoDid(id, actor, e)));
            }
            return;
        }
        long edit = edits.create(id.value(), chat, asked.replyTo(), user.getId(), text.strip(), clock.instant());
        String title = texts.staff("staff.preview", id);
        int room = Html.MAX_MESSAGE - title.length() - 10;
        outbox.enqueue(
                Outgoing.send(
                                key,
                                chat,
                                Outgoing.Kind.PREVIEW,
                                title + "\n\n" + Html.escape(Html.truncate(text.strip(), room)))
                        .about(id.value())
                        .replyingTo(message.getMessageId())
                        .keyboard(Keyboard.of(List.of(
                                new CallbackData.EditDecision(true, edit).labelled(texts.staff("button.send")),
                                new CallbackData.EditDecision(false, edit).labelled(texts.staff("button.cancel")))))
                        .build(),
                clock.instant());
    }

    private void confirmEdit(CallbackQuery query, CallbackAnswers answers, Actor actor, long editId, boolean send) {
        Optional<StaffEdits.Edit> taken = edits.take(editId, send ? "SENT" : "CANCELLED");
        if (taken.isEmpty()) {
            answers.answer(query, texts.staff("staff.editHandled"), true);
            return;
        }
        StaffEdits.Edit edit = taken.get();
        QuestionId id = new QuestionId(edit.questionId());
        MaybeInaccessibleMessage preview = query.getMessage();
        String who = StaffActors.shownName(query.getFrom(), actor);
        if (!send) {
            answers.answer(query, Html.toPlain(texts.staff("staff.editCancelled", who)), false);
            outbox.enqueue(
                    Outgoing.edit(
                                    "preview:" + editId,
                                    preview.getChatId(),
                                    preview.getMessageId(),
                                    Outgoing.Kind.PREVIEW,
                                    texts.staff("staff.editCancelled", who))
                            .build(),
                    clock.instant());
            return;
        }
        try {
            QuestionView after = desk.approve(id, actor, edit.text());
            String done = texts.staff("staff.approvedEdited", who);
            answers.answer(query, Html.toPlain(done), false);
            outbox.enqueue(
                    Outgoing.edit(
                                    "preview:" + editId,
                                    preview.getChatId(),
                                    preview.getMessageId(),
                                    Outgoing.Kind.PREVIEW,
                                    texts.staff("staff.preview", id) + "\n\n"
                                            + Html.escape(Html.truncate(edit.text(), 3500)) + "\n\n" + done)
                            .build(),
                    clock.instant());
            if (edit.cardMessageId() != null) {
                updateCard(edit.chatId(), edit.cardMessageId(), after, done);
            }
        } catch (DeskConflict e) {
            edits.giveBack(editId);
            answers.answer(query, whoDid(id, actor, e), true);
        }
    }

    /**
     * Edits the card in place: the question as it is now, what was done ({@code null}: nothing to
     * add to what the card shows), and the fitting buttons.
     */
    private void updateCard(long chat, int cardMessageId, QuestionView question, String done) {
        List<String> footer = done == null ? List.of() : List.of(done + " · " + texts.time(clock.instant()));
        outbox.enqueue(
                Outgoing.edit(
                                StaffCards.updateKey(question),
                                chat,
                                cardMessageId,
                                Outgoing.Kind.CARD_UPDATE,
                                cards.render(question, null, footer))
                        .about(question.id().value())
                        .keyboard(cards.keyboard(question))
                        .build(),
                clock.instant());
    }

    /**
     * Why an action lost: the question is someone else's, or already moved on — and by whom, from
     * the audit trail. Plain text, for a callback answer.
     */
    private String whoDid(QuestionId id, Actor actor, DeskConflict conflict) {
        try {
            QuestionView question = desk.get(id);
            if (question.status().isOpen()
                    && question.assignee() != null
                    && !question.assignee().equals(actor.name())) {
                return Html.toPlain(texts.staff("staff.claimedBy", id, cards.shownName(question.assignee())));
            }
            // The last person who acted: the service records deliveries and SLA checks, not decisions.
            List<AuditEvent> history = desk.history(id);
            AuditEvent last = null;
            for (AuditEvent event : history) {
                if (!event.bySystem()) {
                    last = event;
                }
            }
            String state = texts.staff("state." + question.status().name());
            if (last == null) {
                return Html.toPlain(texts.staff("staff.alreadyState", id, state));
            }
            return Html.toPlain(
                    texts.staff("staff.alreadyDone", id, state, cards.shownName(last.actor()), texts.time(last.at())));
        } catch (RuntimeException e) {
            return conflict == null ? texts.staff("staff.notFound", id) : conflict.getMessage();
        }
    }

    private void reply(String key, long chat, Message message, String html) {
        outbox.enqueue(
                Outgoing.send(key, chat, Outgoing.Kind.REPLY, html)
                        .replyingTo(message.getMessageId())
                        .build(),
                clock.instant());
    }

    private static String mention(User user) {
        if (user.getUserName() != null && !user.getUserName().isBlank()) {
            return "@" + Html.escape(user.getUserName());
        }
        String name = user.getFirstName() == null ? JdbcTelegramNames.namelessStaff(user.getId()) : user.getFirstName();
        return "<a href=\"tg://user?id=" + user.getId() + "\">" + Html.escape(name) + "</a>";
    }
}
