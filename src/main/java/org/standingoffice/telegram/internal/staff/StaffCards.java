package org.standingoffice.telegram.internal.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.standingoffice.desk.AuditAction;
import org.standingoffice.desk.AuditEvent;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.DraftView;
import org.standingoffice.desk.QuestionAnswered;
import org.standingoffice.desk.QuestionAssigned;
import org.standingoffice.desk.QuestionAwaitingApproval;
import org.standingoffice.desk.QuestionEscalated;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.desk.QuestionView;
import org.standingoffice.desk.SlaBreached;
import org.standingoffice.desk.SlaReminderDue;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.PassageExcerpt;
import org.standingoffice.drafting.QuoteFormat;
import org.standingoffice.drafting.StaffNotes;
import org.standingoffice.drafting.StaffNotesFormat;
import org.standingoffice.telegram.TelegramProperties;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.Html;
import org.standingoffice.telegram.internal.JdbcTelegramNames;
import org.standingoffice.telegram.internal.Texts;
import org.standingoffice.telegram.internal.asker.AskerConversation;
import org.standingoffice.telegram.internal.asker.Attachment;
import org.standingoffice.telegram.internal.asker.Tickets;
import org.standingoffice.telegram.internal.delivery.CallbackData;
import org.standingoffice.telegram.internal.delivery.CallbackData.CardAction.Action;
import org.standingoffice.telegram.internal.delivery.Keyboard;
import org.standingoffice.telegram.internal.delivery.Outbox;
import org.standingoffice.telegram.internal.delivery.Outgoing;

/**
 * Cards in the staff group of the question's office (see {@link StaffGroups}): one per question
 * in staff's hands, posted when its draft awaits approval or it is escalated, and edited in place
 * as it moves on (rejected, escalated, answered), with the question, who asked from where, the best
 * passages, the draft or suggestion with its confidence and the reason in words, the due time, and
 * the buttons that act on it. Overdue questions are posted as replies to their card.
 *
 * <p>The listeners run after the desk's transaction committed and are retried after a restart
 * until they complete (the event publication registry); the outbox key per question version
 * makes a repeat post nothing.
 */
@Component
@ConditionalOnTelegram
public class StaffCards {

    /** Room kept for the status lines added when staff act on a card. */
    private static final int FOOTER_ROOM = 300;
    /** Characters of each passage on a card: enough to recognise it; the console has the rest. */
    private static final int EXCERPT = 160;

    private final Desk desk;
    private final Outbox outbox;
    private final Tickets tickets;
    private final Texts texts;
    private final TelegramProperties properties;
    private final StaffGroups groups;
    private final Clock clock;
    private final StaffNotesFormat format;
    private final QuoteFormat citations;
    private final JdbcTelegramNames names;

    StaffCards(
            Desk desk,
            Outbox outbox,
            Tickets tickets,
            Texts texts,
            TelegramProperties properties,
            StaffGroups groups,
            Clock clock,
            StaffNotesFormat format,
            QuoteFormat citations,
            JdbcTelegramNames names) {
        this.names = names;
        this.format = format;
        this.citations = citations;
        this.desk = desk;
        this.outbox = outbox;
        this.tickets = tickets;
        this.texts = texts;
        this.properties = properties;
        this.groups = groups;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(QuestionAwaitingApproval event) {
        show(event.id(), QuestionStatus.AWAITING_APPROVAL, null);
    }

    /**
     * A draft rejected or escalated, or an answer the official said did not resolve it: the
     * question's card, when it has one in the group, turns into the escalated one in place, so the
     * group keeps one card per question. Only an escalation with no card yet (the desk's own) posts
     * one.
     */
    @ApplicationModuleListener
    void on(QuestionEscalated event) {
        show(event.id(), QuestionStatus.ESCALATED, event.reason());
        if (event.reopenedByAsker()) {
            // An edit notifies nobody, and the card may be far up the group: say it under the card.
            replyToCard(
                    event.id(),
                    "reopened:" + event.id() + ":" + desk.get(event.id()).version(),
                    Outgoing.Kind.REPLY,
                    texts.staff("card.reopened", event.id()));
        }
    }

    /**
     * A question taken or given to someone, in the group or elsewhere (the console, the API): its
     * card names the holder and stops offering the claim. A claim pressed in the group edits the
     * card under the same key, so it is edited once.
     */
    @ApplicationModuleListener
    void on(QuestionAssigned event) {
        QuestionView question = desk.get(event.id());
        Long staff = groups.forOffice(question.office()).orElse(null);
        if (staff == null
                || !question.status().isOpen()
                || !outbox.hasCard(event.id().value(), staff)) {
            return;
        }
        editCard(updateKey(question), staff, question, render(question, null, List.of()));
    }

    /**
     * An answer given outside the group (the console, the API) closes the question's card: edited
     * in place to say who answered and when, without buttons. An answer given in the group is
     * {@link StaffDesk}'s to show, with the name the group knows the staff member by.
     */
    @ApplicationModuleListener
    void on(QuestionAnswered event) {
        QuestionView question = desk.get(event.id());
        Long staff = groups.forOffice(question.office()).orElse(null);
        AuditEvent answered = null;
        for (AuditEvent entry : desk.history(event.id())) {
            if (entry.action() == AuditAction.ANSWERED) {
                answered = entry;
            }
        }
        if (staff == null
                || !outbox.hasCard(event.id().value(), staff)
                || answered == null
                || AskerConversation.CHANNEL.equals(answered.channel())
                || question.status().isOpen()) {
            return; // answered in the group, or reopened before this (possibly redelivered) event arrived
        }
        List<String> footer = answered.bySystem()
                ? List.of()
                : List.of(texts.staff(answeredLine(event.origin()), Html.escape(answered.actor())) + " · "
                        + texts.time(answered.at()));
        editCard("cardans:" + event.id() + ":" + answered.id(), staff, question, render(question, null, footer));
    }

    private static String answeredLine(QuestionAnswered.Origin origin) {
        return switch (origin) {
            case APPROVED -> "staff.approved";
            case EDITED -> "staff.approvedEdited";
            case WRITTEN, AUTO_REPLY -> "staff.answered";
        };
    }

    /**
     * The outbox key of a card showing the question's current version, the same whether a button
     * in the group or the desk's event asked for it, so the card is edited once either way.
     */
    static String updateKey(QuestionView question) {
        return "cardupd:" + question.id() + ":" + question.version();
    }

    @ApplicationModuleListener
    void on(SlaBreached event) {
        warn(event.id(), "sla:", event.dueAt(), texts.staff("card.overdue", event.id(), texts.time(event.dueAt())));
    }

    @ApplicationModuleListener
    void on(SlaReminderDue event) {
        String text = event.assignee() == null
                ? texts.staff("card.dueSoonUnclaimed", event.id(), texts.time(event.dueAt()))
                : texts.staff(
                        "card.dueSoon",
                        event.id(),
                        texts.time(event.dueAt()),
                        Html.escape(shownName(event.assignee())));
        warn(event.id(), "due:", event.dueAt(), text);
    }

    /**
     * An edit of the question's card in {@code staff}'s group to {@code html}, with the buttons its
     * state allows; the card's message is found when the edit's turn comes in the paced outbox.
     */
    private void editCard(String key, long staff, QuestionView question, String html) {
        outbox.enqueue(
                Outgoing.editCard(key, staff, question.id().value(), html)
                        .keyboard(keyboard(question))
                        .build(),
                clock.instant());
    }

    /** A deadline warning in the staff group, as a reply to the question's card; sent once. */
    private void warn(QuestionId id, String keyPrefix, Instant dueAt, String text) {
        replyToCard(id, keyPrefix + id + ":" + dueAt.getEpochSecond(), Outgoing.Kind.SLA, text);
    }

    /** A message in the staff group as a reply to the question's card; sent once per {@code key}. */
    private void replyToCard(QuestionId id, String key, Outgoing.Kind kind, String text) {
        Long staff = groups.forOffice(desk.get(id).office()).orElse(null);
        if (staff == null) {
            return;
        }
        outbox.enqueue(
                Outgoing.send(key, staff, kind, text)
                        .about(id.value())
                        .replyingTo(outbox.latestCard(id.value()).orElse(null))
                        .build(),
                clock.instant());
    }

    /**
     * The question as it is now on its card: an edit of the card it has in the group (sent, or
     * still waiting in the paced outbox), else a new card with the asker's files below it.
     */
    private void show(QuestionId id, QuestionStatus expected, String reason) {
        QuestionView question = desk.get(id);
        Long staff = groups.forOffice(question.office()).orElse(null);
        if (staff == null) {
            return;
        }
        if (question.status() != expected) {
            return; // moved on before this (possibly redelivered) event arrived
        }
        if (outbox.hasCard(id.value(), staff)) {
            editCard(updateKey(question), staff, question, render(question, reason, List.of()));
            return;
        }
        boolean fresh = outbox.enqueue(
                Outgoing.send(
                                "card:" + id + ":" + question.version(),
                                staff,
                                Outgoing.Kind.CARD,
                                render(question, reason, List.of()))
                        .about(id.value())
                        .keyboard(keyboard(question))
                        .build(),
                clock.instant());
        if (fresh) {
            for (Attachment file : tickets.attachments(id)) {
                // The file goes to the group as a copy of the asker's message; the key sends it once.
                outbox.enqueue(
                        Outgoing.copy("copy:" + id + ":" + file.fileUniqueId(), staff, file.chatId(), file.messageId())
                                .about(id.value())
                                .build(),
                        clock.instant());
            }
        }
    }

    /**
     * The card's text for the question as it is now, with lines saying who did what below it: the
     * reason in words, the best passages with a verbatim excerpt, and the draft (or an escalated
     * question's suggestion) with its confidence and what staff should check. A card that would
     * not fit one message is cut and ends with a link to the question in the console.
     */
    public String render(QuestionView question, String reason, List<String> footer) {
        QuestionId id = question.id();
        Locale locale = Locale.forLanguageTag(texts.supported(properties.staffLanguage()));
        DraftView draft = question.draft();
        StaffNotes notes = draft == null ? null : draft.notes();
        StringBuilder head = new StringBuilder();
        Optional<String> badge = draft == null ? Optional.empty() : format.badge(draft.escalation(), locale);
        badge.ifPresent(text ->
                head.append(texts.staff("card.badge", Html.escape(text))).append('\n'));
        if (question.status() == QuestionStatus.ESCALATED) {
            head.append(texts.staff("card.escalated", id));
            // A person's reason (a rejection, an escalation by staff, the asker's) is theirs and stays on
            // the card through later edits; the desk's own is typed.
            String said = reason != null && !reason.isBlank() ? reason : escalationReason(id);
            String why = said != null
                    ? said
                    : draft == null
                            ? null
                            : format.reason(draft.escalation(), notes, locale).orElse(null);
            if (why != null) {
                head.append('\n').append(texts.staff("card.reason", Html.escape(Html.truncate(why, 300))));
            }
        } else if (question.status() == QuestionStatus.ANSWERED || question.status() == QuestionStatus.DELIVERED) {
            head.append(texts.staff("card.answered", id));
        } else {
            head.append(texts.staff("card.approval", id));
        }
        head.append('\n').append(texts.staff("card.asker", Html.escape(orDash(question.askerName())), place(question)));
        if (question.status().isOpen() && question.assignee() != null) {
            head.append('\n').append(texts.staff("card.holder", Html.escape(shownName(question.assignee()))));
        }
        if (question.dueAt() != null) {
            head.append('\n').append(texts.staff("card.due", texts.time(question.dueAt())));
        }
        int files = tickets.attachments(question.id()).size();
        if (files > 0) {
            head.append('\n').append(texts.staff("card.attachments", files));
        }
        head.append("\n\n")
                .append(texts.staff("card.question"))
                .append('\n')
                .append(Html.escape(Html.truncate(question.text(), 1500)));
        if (notes != null && !notes.passages().isEmpty()) {
            head.append("\n\n").append(texts.staff("card.passages"));
            for (PassageExcerpt passage : notes.passages()) {
                head.append("\n• <b>")
                        .append(Html.escape(citations.format(passage.citation(), locale)))
                        .append("</b> — «")
                        .append(Html.escape(PassageExcerpt.opening(passage.excerpt(), EXCERPT)))
                        .append('»');
            }
        } else if (draft != null && !draft.citations().isEmpty()) {
            head.append("\n\n").append(texts.staff("card.sources"));
            for (Citation citation : draft.citations()) {
                head.append("\n• ").append(Html.escape(citations.format(citation, locale)));
            }
        }
        StringBuilder tail = new StringBuilder();
        for (String line : footer) {
            tail.append('\n').append(line);
        }
        String more = "\n" + texts.staff("card.more", Html.escape(properties.consoleLink(id.value())));
        boolean cut = false;
        // Once answered, the card shows what the official received (an edited approval is not the draft),
        // also when they said it did not resolve their question and it is back with staff.
        DraftView sent = question.status() == QuestionStatus.AWAITING_APPROVAL ? null : question.answer();
        DraftView shown = sent != null ? sent : draft;
        if (shown != null && !shown.text().isBlank()) {
            StringBuilder title = new StringBuilder("\n\n")
                    .append(texts.staff(
                            sent != null ? "card.sent" : shown.suggestion() ? "card.suggestion" : "card.draft"));
            if (sent == null && notes != null) {
                title.append('\n').append(Html.escape(format.confidence(notes, locale)));
            }
            title.append('\n');
            StringBuilder cautions = new StringBuilder();
            if (sent == null && notes != null) {
                for (String caution : format.cautions(notes, locale)) {
                    cautions.append("\n<i>").append(Html.escape(caution)).append("</i>");
                }
            }
            int room = Html.MAX_MESSAGE
                    - head.length()
                    - title.length()
                    - cautions.length()
                    - tail.length()
                    - more.length()
                    - FOOTER_ROOM;
            if (room > 100) {
                String text = Html.truncate(shown.text(), room);
                cut = !text.equals(shown.text());
                head.append(title).append(Html.escape(text)).append(cautions);
            } else {
                cut = true;
            }
        }
        if (cut) {
            head.append(more);
        }
        if (!tail.isEmpty()) {
            head.append('\n').append(tail);
        }
        String card = head.toString();
        if (card.length() <= Html.MAX_MESSAGE) {
            return card;
        }
        // Only a question and footer longer than any card leave nothing to drop: cut at a safe point.
        return Html.truncate(card, Html.MAX_MESSAGE - more.length()) + more;
    }

    /**
     * The buttons that fit the question's state: none once it left the staff's hands, and no claim
     * once someone holds it (the card names them; the desk lets only them, or a manager, act).
     */
    Keyboard keyboard(QuestionView question) {
        long id = question.id().value();
        boolean claimable = question.assignee() == null;
        return switch (question.status()) {
            case AWAITING_APPROVAL -> {
                List<Keyboard.Button> second = new ArrayList<>(List.of(
                        button(Action.ESCALATE, id, "button.escalate"), button(Action.REJECT, id, "button.reject")));
                if (claimable) {
                    second.add(button(Action.CLAIM, id, "button.claim"));
                }
                yield new Keyboard(List.of(
                        List.of(button(Action.APPROVE, id, "button.approve"), button(Action.EDIT, id, "button.edit")),
                        second));
            }
            case ESCALATED ->
                Keyboard.of(
                        claimable
                                ? List.of(
                                        button(Action.CLAIM, id, "button.claim"),
                                        button(Action.ANSWER, id, "button.answer"))
                                : List.of(button(Action.ANSWER, id, "button.answer")));
            default -> null;
        };
    }

    /** What the person who last sent the question to staff said, if a person did. */
    private String escalationReason(QuestionId id) {
        String said = null;
        for (AuditEvent entry : desk.history(id)) {
            if (entry.action() == AuditAction.ESCALATED) {
                said = entry.bySystem() ? null : entry.detail();
            }
        }
        return said == null || said.isBlank() ? null : said;
    }

    /** A staff member as the group knows them (one without a Telegram user name holds questions as tg-id). */
    String shownName(String actor) {
        return names.nameOf(actor).orElse(actor);
    }

    private Keyboard.Button button(Action action, long questionId, String label) {
        return new CallbackData.CardAction(action, questionId).labelled(texts.staff(label));
    }

    /** Commune and province, or that the asker never gave them (staff set them on the question page). */
    private String place(QuestionView question) {
        if (question.commune() == null && question.province() == null) {
            return texts.staff("card.placeNotGiven");
        }
        return Html.escape(orDash(question.commune()) + ", " + orDash(question.province()));
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
