package org.standingoffice.telegram.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.DraftView;
import org.standingoffice.desk.QuestionAwaitingApproval;
import org.standingoffice.desk.QuestionEscalated;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.desk.QuestionView;
import org.standingoffice.desk.SlaBreached;
import org.standingoffice.desk.SlaReminderDue;
import org.standingoffice.drafting.Citation;
import org.standingoffice.telegram.internal.StaffButton.CardAction.Action;

/**
 * Cards in the staff group of the question's office (see {@link StaffGroups}): one per draft awaiting approval and per escalated question, with the
 * question, who asked from where, the passages the draft cites, the draft and the due time, and
 * the buttons that act on it. Overdue questions are posted as replies to their card.
 *
 * <p>The listeners run after the desk's transaction committed and are retried after a restart
 * until they complete (the event publication registry); the outbox key per question version
 * makes a repeat post nothing.
 */
@Component
@ConditionalOnTelegram
class StaffCards {

    /** Room kept for the status lines added when staff act on a card. */
    private static final int FOOTER_ROOM = 300;

    private final Desk desk;
    private final Outbox outbox;
    private final Tickets tickets;
    private final Texts texts;
    private final StaffGroups groups;
    private final Clock clock;

    StaffCards(Desk desk, Outbox outbox, Tickets tickets, Texts texts, StaffGroups groups, Clock clock) {
        this.desk = desk;
        this.outbox = outbox;
        this.tickets = tickets;
        this.texts = texts;
        this.groups = groups;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(QuestionAwaitingApproval event) {
        post(event.id(), QuestionStatus.AWAITING_APPROVAL, null);
    }

    @ApplicationModuleListener
    void on(QuestionEscalated event) {
        post(event.id(), QuestionStatus.ESCALATED, event.reason());
    }

    @ApplicationModuleListener
    void on(SlaBreached event) {
        warn(event.id(), "sla:", event.dueAt(), texts.staff("card.overdue", event.id(), texts.time(event.dueAt())));
    }

    @ApplicationModuleListener
    void on(SlaReminderDue event) {
        String text = event.assignee() == null
                ? texts.staff("card.dueSoonUnclaimed", event.id(), texts.time(event.dueAt()))
                : texts.staff("card.dueSoon", event.id(), texts.time(event.dueAt()), Html.escape(event.assignee()));
        warn(event.id(), "due:", event.dueAt(), text);
    }

    /** A deadline warning in the staff group, as a reply to the question's card; sent once. */
    private void warn(QuestionId id, String keyPrefix, Instant dueAt, String text) {
        Long staff = groups.forOffice(desk.get(id).office()).orElse(null);
        if (staff == null) {
            return;
        }
        outbox.enqueue(
                Outgoing.send(keyPrefix + id + ":" + dueAt.getEpochSecond(), staff, Outgoing.Kind.SLA, text)
                        .about(id.value())
                        .replyingTo(outbox.latestCard(id.value()).orElse(null)),
                clock.instant());
    }

    private void post(QuestionId id, QuestionStatus expected, String reason) {
        QuestionView question = desk.get(id);
        Long staff = groups.forOffice(question.office()).orElse(null);
        if (staff == null) {
            return;
        }
        if (question.status() != expected) {
            return; // moved on before this (possibly redelivered) event arrived
        }
        boolean fresh = outbox.enqueue(
                Outgoing.send(
                                "card:" + id + ":" + question.version(),
                                staff,
                                Outgoing.Kind.CARD,
                                render(question, reason, List.of()))
                        .about(id.value())
                        .withKeyboard(keyboard(question)),
                clock.instant());
        if (fresh) {
            for (Attachment file : tickets.attachments(id)) {
                // The file goes to the group as a copy of the asker's message; the key sends it once.
                outbox.enqueue(
                        Outgoing.copy(
                                "copy:" + id + ":" + file.fileUniqueId(),
                                staff,
                                file.chatId(),
                                file.messageId(),
                                id.value()),
                        clock.instant());
            }
        }
    }

    /**
     * The card's text for the question as it is now, with lines saying who did what below it.
     * Long questions and drafts are shortened so that the card fits one message.
     */
    String render(QuestionView question, String reason, List<String> footer) {
        QuestionId id = question.id();
        StringBuilder head = new StringBuilder();
        if (question.status() == QuestionStatus.ESCALATED) {
            head.append(texts.staff("card.escalated", id));
            if (reason != null && !reason.isBlank()) {
                head.append('\n').append(texts.staff("card.reason", Html.escape(Html.truncate(reason, 300))));
            }
        } else {
            head.append(texts.staff("card.approval", id));
        }
        head.append('\n').append(texts.staff("card.asker", Html.escape(orDash(question.askerName())), place(question)));
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
        DraftView draft = question.draft();
        if (draft != null && !draft.citations().isEmpty()) {
            head.append("\n\n").append(texts.staff("card.sources"));
            for (Citation citation : draft.citations()) {
                head.append("\n• ").append(Html.escape(cite(citation)));
            }
        }
        StringBuilder tail = new StringBuilder();
        for (String line : footer) {
            tail.append('\n').append(line);
        }
        // An escalated question's machine draft only says that the documents do not answer it;
        // a rejected draft with citations is worth showing to whoever answers instead.
        boolean showDraft = draft != null
                && (question.status() == QuestionStatus.AWAITING_APPROVAL
                        || !draft.citations().isEmpty());
        if (showDraft) {
            String title = "\n\n" + texts.staff("card.draft") + "\n";
            int room = Html.MAX_MESSAGE - head.length() - title.length() - tail.length() - FOOTER_ROOM;
            if (room > 100) {
                head.append(title).append(Html.escape(Html.truncate(draft.text(), room)));
            }
        }
        if (!tail.isEmpty()) {
            head.append('\n').append(tail);
        }
        String card = head.toString();
        return card.length() <= Html.MAX_MESSAGE ? card : card.substring(0, Html.MAX_MESSAGE);
    }

    /** The buttons that fit the question's state: none once it left the staff's hands. */
    Keyboard keyboard(QuestionView question) {
        long id = question.id().value();
        return switch (question.status()) {
            case AWAITING_APPROVAL ->
                new Keyboard(List.of(
                        List.of(button(Action.APPROVE, id, "button.approve"), button(Action.EDIT, id, "button.edit")),
                        List.of(
                                button(Action.ESCALATE, id, "button.escalate"),
                                button(Action.REJECT, id, "button.reject"),
                                button(Action.CLAIM, id, "button.claim"))));
            case ESCALATED ->
                Keyboard.of(
                        List.of(button(Action.CLAIM, id, "button.claim"), button(Action.ANSWER, id, "button.answer")));
            default -> null;
        };
    }

    private Keyboard.Button button(Action action, long questionId, String label) {
        return new StaffButton.CardAction(action, questionId).labelled(texts.staff(label));
    }

    static String cite(Citation citation) {
        return citation.section() == null || citation.section().isBlank()
                ? citation.document()
                : citation.document() + ", " + citation.section();
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
