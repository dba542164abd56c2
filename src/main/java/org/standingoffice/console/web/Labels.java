package org.standingoffice.console.web;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.standingoffice.desk.Actor;
import org.standingoffice.desk.AuditAction;
import org.standingoffice.desk.AuditEvent;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.Escalation;
import org.standingoffice.drafting.QuoteFormat;
import org.standingoffice.drafting.StaffNotes;
import org.standingoffice.drafting.StaffNotesFormat;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;

/**
 * The words a page shows for the code names the modules store: channels, drafters, the system
 * actor, section labels, and the details the desk writes into the audit trail. No code name
 * reaches a person; an unknown one is shown as stored, so nothing is hidden.
 *
 * <p>The audit trail keeps what an action was about in typed fields, said here in the reader's
 * language; its detail is only ever what a person wrote, shown as written.
 */
final class Labels {

    private static final Pattern PARAGRAPH = Pattern.compile("para\\. (\\d+)");

    private final MessageSource messages;
    private final Function<String, String> officeName;
    private final QuoteFormat quotes;
    private final StaffNotesFormat staffNotes;

    private final Function<String, Optional<String>> personName;

    Labels(MessageSource messages, Function<String, String> officeName) {
        this(messages, officeName, actor -> Optional.empty());
    }

    /**
     * @param personName the registered name behind a channel's desk name ({@code telegram:<chat>},
     *     {@code tg-<user>}), if the channel knows one
     */
    Labels(MessageSource messages, Function<String, String> officeName, Function<String, Optional<String>> personName) {
        this.messages = messages;
        this.officeName = officeName;
        this.personName = personName;
        this.quotes = new QuoteFormat(messages);
        this.staffNotes = new StaffNotesFormat(messages);
    }

    /** A draft's citation as the asker reads it: "Kết luận 183-KL/TW, điểm 4(2)". */
    public String citation(Citation citation) {
        return citation == null ? "" : quotes.format(citation, locale());
    }

    /** Where a passage is, cited the way a draft would cite it. */
    public String citation(Passage passage) {
        return citation(Citation.of(passage));
    }

    /**
     * A document as readers know it: "Kết luận 183-KL/TW", or by type, issuer and date when its
     * number is a placeholder (which staff still see beside it, in {@link #number}).
     */
    public String document(SourceDocument document) {
        return document == null ? "" : quotes.name(document, locale());
    }

    /** A document's number for staff who manage the knowledge base, a placeholder marked as such. */
    public String number(SourceDocument document) {
        if (document == null) {
            return "";
        }
        return document.numberVerified()
                ? document.number()
                : message("console.knowledge.placeholder", document.number());
    }

    /** "Telegram", "Bảng điều khiển", "API". */
    public String channel(String channel) {
        return channel == null ? "" : or("console.channel." + channel, channel);
    }

    /** Who made a draft: the extractive drafter or a language model (named as configured). */
    public String drafter(String drafter) {
        if (drafter == null) {
            return "";
        }
        if (drafter.startsWith("extractive")) {
            return message(drafter.contains("fallback") ? "console.drafter.fallback" : "console.drafter.extractive");
        }
        if ("staff".equals(drafter)) {
            return message("console.drafter.staff");
        }
        int colon = drafter.indexOf(':');
        return message("console.drafter.model", colon < 0 ? drafter : drafter.substring(colon + 1));
    }

    /** A document type as the knowledge base stores it ("conclusion"), in words. */
    public String documentType(String type) {
        return type == null ? "" : or("console.docType." + type, type);
    }

    /** A language code ("vi") as the language's name. */
    public String language(String language) {
        return language == null ? "" : or("console.language." + language, language);
    }

    /**
     * The service itself is "the system"; an asker is named by the name they registered with and
     * their channel, else by their reference in it; staff by user name, or by their Telegram name
     * where Telegram gave them no user name ({@code tg-<id>}).
     */
    public String actor(String actor) {
        if (Actor.SYSTEM.name().equals(actor)) {
            return message("console.actor.system");
        }
        Optional<String> name = personName.apply(actor);
        // An asker acts as "channel:reference" (telegram:12345, api:xa.anbinh).
        int colon = actor == null ? -1 : actor.indexOf(':');
        if (colon > 0
                && messages.getMessage("console.channel." + actor.substring(0, colon), null, null, locale()) != null) {
            String channel = channel(actor.substring(0, colon));
            return name.isPresent()
                    ? message("console.actor.askerNamed", channel, name.get())
                    : message("console.actor.asker", channel, actor.substring(colon + 1));
        }
        return name.map(known -> message("console.actor.telegramStaff", known)).orElse(actor);
    }

    /**
     * The desk's own name for someone {@link #actor} shows by a registered name, for staff who need
     * it (a hover title); empty when the name shown is that name already.
     */
    public String actorDetail(String actor) {
        return actor != null && personName.apply(actor).isPresent() ? actor : "";
    }

    /** A passage's label: "4(2)" stays, an unnumbered paragraph ("para. 3") is named in words. */
    public String section(String section) {
        if (section == null) {
            return "";
        }
        Matcher paragraph = PARAGRAPH.matcher(section);
        return paragraph.matches() ? message("console.section.paragraph", paragraph.group(1)) : section;
    }

    /** Why a question went to staff, in words. */
    public String reason(String escalation) {
        return or("console.reason." + escalation, escalation);
    }

    /** Whether a guardrail sent the question to staff: such questions stand out in the queue. */
    public boolean guardrail(Escalation escalation) {
        return escalation != null && escalation.guardrail();
    }

    /** Why a question went to staff, in words. */
    public String reason(Escalation escalation) {
        return escalation == null ? "" : reason(escalation.name());
    }

    /**
     * The decision's confidence against its own threshold, in a queue's column whose heading says
     * what it is: "73 % · cao", "41 % · dưới ngưỡng trả lời". The steps are the decision's (drafted
     * or escalated), never cut-offs of the console's own.
     */
    public String confidenceShort(StaffNotes notes) {
        return notes == null ? "" : staffNotes.confidenceShort(notes, locale());
    }

    /** "Độ tin cậy: cao (87 %; trả lời từ 62 %)". */
    public String confidence(StaffNotes notes) {
        return notes == null ? "" : staffNotes.confidence(notes, locale());
    }

    /** "trả lời từ 62 %", the threshold the decision held the confidence to; empty when not recorded. */
    public String threshold(StaffNotes notes) {
        return notes == null ? "" : staffNotes.threshold(notes, locale()).orElse("");
    }

    /** What an audit event was about, in words: the office, the assignment, the register entry. */
    public String facts(AuditEvent event) {
        if (event.office() != null) {
            return message("console.history.detail.office", officeName.apply(event.office()));
        }
        if (event.assignee() != null) {
            return event.facts().previousAssignee() == null
                    ? message("console.history.detail.to", actor(event.assignee()))
                    : message(
                            "console.history.detail.fromTo",
                            actor(event.facts().previousAssignee()),
                            actor(event.assignee()));
        }
        if (event.registerNumber() != null) {
            return message("console.history.detail.register", event.registerNumber());
        }
        return null;
    }

    /** What a person wrote with the action, as written; the asker's former text is marked as such. */
    public String said(AuditEvent event) {
        if (event.detail() == null || event.detail().isBlank()) {
            return null;
        }
        return event.action() == AuditAction.EDITED
                ? message("console.history.detail.was", event.detail())
                : event.detail();
    }

    private String or(String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale());
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
