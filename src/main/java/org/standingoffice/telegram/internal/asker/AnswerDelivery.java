package org.standingoffice.telegram.internal.asker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.standingoffice.desk.AnswerRevised;
import org.standingoffice.desk.Desk;
import org.standingoffice.desk.DraftView;
import org.standingoffice.desk.QuestionAnswered;
import org.standingoffice.desk.QuestionEscalated;
import org.standingoffice.desk.QuestionId;
import org.standingoffice.desk.QuestionStatus;
import org.standingoffice.desk.QuestionView;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.QuoteFormat;
import org.standingoffice.telegram.internal.ConditionalOnTelegram;
import org.standingoffice.telegram.internal.Html;
import org.standingoffice.telegram.internal.Texts;
import org.standingoffice.telegram.internal.delivery.CallbackData;
import org.standingoffice.telegram.internal.delivery.Keyboard;
import org.standingoffice.telegram.internal.delivery.Outbox;
import org.standingoffice.telegram.internal.delivery.Outgoing;

/**
 * What askers hear about their questions after the acknowledgement: the approved answer, as a
 * reply to the message that asked it, with its sources and the Resolved / Not resolved buttons;
 * that a person now handles it; and revisions of answers they received.
 *
 * <p>The desk publishes these events in its transaction; the listeners run after it committed
 * and, through the event publication registry, again after a restart until they complete — at
 * least once. The outbox key (question, kind, and a hash of the text) turns a repeat into a no-op,
 * so the asker sees each message once. Once the answer's last part is sent, the sender tells the
 * desk it was delivered.
 */
@Component
@ConditionalOnTelegram
public class AnswerDelivery {

    private final Desk desk;
    private final Outbox outbox;
    private final AskerLanguage languages;
    private final Tickets tickets;
    private final Texts texts;
    private final QuoteFormat quotes;
    private final Clock clock;

    AnswerDelivery(
            Desk desk,
            Outbox outbox,
            AskerLanguage languages,
            Tickets tickets,
            Texts texts,
            QuoteFormat quotes,
            Clock clock) {
        this.desk = desk;
        this.quotes = quotes;
        this.outbox = outbox;
        this.languages = languages;
        this.tickets = tickets;
        this.texts = texts;
        this.clock = clock;
    }

    @ApplicationModuleListener
    public void on(QuestionAnswered event) {
        Long chat = chatOf(event.channel(), event.askerRef());
        if (chat == null) {
            return;
        }
        QuestionView question = desk.get(event.id());
        DraftView answer = question.answer();
        String language = languages.of(chat);
        // Sources are what the answer rests on: an edit that dropped a quote and its citation drops its
        // source too, one that retyped the citation keeps it. The text may cite in another language than
        // the asker's now (an earlier answer reused).
        String drafted = question.draft() == null ? null : question.draft().text();
        List<Citation> citations = answer == null
                ? List.of()
                : answer.citations().stream()
                        .filter(citation -> quotes.restsOn(event.text(), drafted, citation, Texts.LANGUAGES))
                        .toList();
        String head = texts.get(language, "answer.title", event.id());
        enqueueParts(
                "answer:" + event.id() + ":" + hash(event.text()),
                chat,
                event.id(),
                Outgoing.Kind.ANSWER,
                head,
                event.text(),
                sources(language, citations),
                tickets.messageOf(event.id()).orElse(null),
                feedback(language, event.id()));
    }

    @ApplicationModuleListener
    public void on(AnswerRevised event) {
        Long chat = chatOf(event.channel(), event.askerRef());
        if (chat == null) {
            return;
        }
        String language = languages.of(chat);
        enqueueParts(
                "revision:" + event.registerNumber() + ":" + event.id() + ":" + hash(event.text()),
                chat,
                event.id(),
                Outgoing.Kind.REVISION,
                texts.get(language, "answer.revised", event.id()),
                event.text(),
                "",
                tickets.messageOf(event.id()).orElse(null),
                null);
    }

    /**
     * The asker learns that a person, not the documents, will answer, and by when; after they said
     * an answer did not resolve it, that it went back to staff (the one confirmation of that press).
     */
    @ApplicationModuleListener
    public void on(QuestionEscalated event) {
        QuestionView question = desk.get(event.id());
        Long chat = chatOf(question.channel(), question.askerRef());
        if (chat == null || question.status() != QuestionStatus.ESCALATED) {
            return;
        }
        String language = languages.of(chat);
        outbox.enqueue(
                Outgoing.send(
                                "escalated:" + event.id() + ":" + question.version(),
                                chat,
                                Outgoing.Kind.NOTICE,
                                texts.get(
                                        language,
                                        event.reopenedByAsker() ? "feedback.reopened" : "escalated",
                                        event.id(),
                                        texts.time(question.dueAt())))
                        .about(event.id().value())
                        .replyingTo(tickets.messageOf(event.id()).orElse(null))
                        .build(),
                clock.instant());
    }

    /**
     * Splits the text at paragraph boundaries so that every part, with the title on the first and
     * the sources and buttons on the last, fits Telegram's 4096 characters.
     */
    private void enqueueParts(
            String key,
            long chat,
            QuestionId id,
            Outgoing.Kind kind,
            String head,
            String text,
            String tail,
            Integer replyTo,
            Keyboard buttons) {
        // Room for the title, the sources and "(2/3)" on every part keeps the arithmetic simple.
        int room = Html.MAX_MESSAGE - head.length() - tail.length() - 30;
        List<String> pieces = Html.split(text, room);
        Instant now = clock.instant();
        for (int i = 0; i < pieces.size(); i++) {
            boolean first = i == 0;
            boolean last = i == pieces.size() - 1;
            StringBuilder html = new StringBuilder();
            if (first) {
                html.append(head).append("\n\n");
            }
            html.append(pieces.get(i));
            if (last && !tail.isEmpty()) {
                html.append("\n\n").append(tail);
            }
            if (pieces.size() > 1) {
                html.append("\n\n(")
                        .append(i + 1)
                        .append('/')
                        .append(pieces.size())
                        .append(')');
            }
            Outgoing.Builder part = Outgoing.send(key + ":" + i, chat, kind, html.toString())
                    .about(id.value())
                    .part(i, pieces.size())
                    .replyingTo(first ? replyTo : null);
            if (last) {
                part.keyboard(buttons);
                if (kind == Outgoing.Kind.ANSWER) {
                    part.context(Outgoing.DELIVERS);
                }
            }
            outbox.enqueue(part.build(), now);
        }
    }

    private String sources(String language, List<Citation> citations) {
        if (citations.isEmpty()) {
            return "";
        }
        StringBuilder sources = new StringBuilder(texts.get(language, "answer.sources"));
        for (Citation citation : citations.subList(0, Math.min(citations.size(), 20))) {
            sources.append("\n• ").append(Html.escape(quotes.format(citation, Locale.forLanguageTag(language))));
        }
        return sources.toString();
    }

    private Keyboard feedback(String language, QuestionId id) {
        return Keyboard.of(List.of(
                new CallbackData.Feedback(true, id.value()).labelled(texts.get(language, "button.resolved")),
                new CallbackData.Feedback(false, id.value()).labelled(texts.get(language, "button.notResolved"))));
    }

    /** The asker's chat for questions asked through Telegram; {@code null} for other channels. */
    static Long chatOf(String channel, String askerRef) {
        if (!AskerConversation.CHANNEL.equals(channel) || askerRef == null) {
            return null;
        }
        try {
            return Long.parseLong(askerRef);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
