package org.standingoffice.console.web;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.standingoffice.drafting.Escalation;

/**
 * The words a page shows for the code names the modules store: channels, drafters, the system
 * actor, section labels, and the details the desk writes into the audit trail. No code name
 * reaches a person; an unknown one is shown as stored, so nothing is hidden.
 *
 * <p>The audit trail keeps its details as the desk wrote them (append-only, in English), so the
 * known forms are recognised here and said again in the reader's language.
 */
final class Labels {

    private static final Pattern CONFIDENCE = Pattern.compile("drafter (.+), confidence ([0-9.,]+)");
    private static final Pattern ESCALATION = Pattern.compile("drafter (.+): ([A-Z_]+)");
    private static final Pattern OFFICE = Pattern.compile("office (\\S+)");
    private static final Pattern ASSIGNMENT = Pattern.compile("(?:from (\\S+) )?to (\\S+)");
    private static final Pattern ANSWERED =
            Pattern.compile("(approved unchanged|approved with edits|[^;]*); register no\\. (\\d+)");
    private static final Pattern REJECTED = Pattern.compile("draft rejected: (.*)", Pattern.DOTALL);
    private static final Pattern PARAGRAPH = Pattern.compile("para\\. (\\d+)");
    private static final Map<String, String> ANSWER_KINDS = Map.of(
            "approved unchanged", "console.history.detail.unchanged",
            "approved with edits", "console.history.detail.edited");

    private final MessageSource messages;
    private final Function<String, String> officeName;

    Labels(MessageSource messages, Function<String, String> officeName) {
        this.messages = messages;
        this.officeName = officeName;
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

    /** The service itself is "the system", an asker is named with their channel; staff by user name. */
    public String actor(String actor) {
        if ("system".equals(actor)) {
            return message("console.actor.system");
        }
        // An asker acts as "channel:reference" (telegram:12345, api:xa.anbinh).
        int colon = actor == null ? -1 : actor.indexOf(':');
        if (colon > 0
                && messages.getMessage("console.channel." + actor.substring(0, colon), null, null, locale()) != null) {
            return message("console.actor.asker", channel(actor.substring(0, colon)), actor.substring(colon + 1));
        }
        return actor;
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

    /** A confidence as a percentage and a word: "73 % (cao)". */
    public String confidence(Double confidence) {
        if (confidence == null) {
            return "";
        }
        String level = confidence >= 0.75 ? "high" : confidence >= 0.5 ? "medium" : "low";
        return message("console.confidence", Math.round(confidence * 100), message("console.confidence." + level));
    }

    /** A confidence in a queue's column, whose heading already says what it is: "73 % · cao". */
    public String confidenceShort(Double confidence) {
        if (confidence == null) {
            return "";
        }
        String level = confidence >= 0.75 ? "high" : confidence >= 0.5 ? "medium" : "low";
        return Math.round(confidence * 100) + " % · " + message("console.confidence." + level);
    }

    /** An audit detail in the reader's language when the desk wrote it in one of its known forms. */
    public String detail(String action, String detail) {
        if (detail == null || detail.isBlank()) {
            return detail;
        }
        Matcher m;
        if ((m = CONFIDENCE.matcher(detail)).matches()) {
            double confidence = Double.parseDouble(m.group(2).replace(',', '.'));
            return message("console.history.detail.drafted", drafter(m.group(1)), confidence(confidence));
        }
        if ((m = ESCALATION.matcher(detail)).matches()) {
            return message("console.history.detail.escalated", drafter(m.group(1)), reason(m.group(2)));
        }
        if ((m = REJECTED.matcher(detail)).matches()) {
            return message("console.history.detail.rejected", m.group(1));
        }
        if ("RECEIVED".equals(action) && (m = OFFICE.matcher(detail)).matches()) {
            return message("console.history.detail.office", officeName.apply(m.group(1)));
        }
        if (("ASSIGNED".equals(action) || "CLAIMED".equals(action)) && (m = ASSIGNMENT.matcher(detail)).matches()) {
            return m.group(1) == null
                    ? message("console.history.detail.to", m.group(2))
                    : message("console.history.detail.fromTo", m.group(1), m.group(2));
        }
        if ((m = ANSWERED.matcher(detail)).matches()) {
            String kind = ANSWER_KINDS.get(m.group(1));
            String how = kind == null ? m.group(1) : message(kind);
            return message("console.history.detail.answered", how, m.group(2));
        }
        return detail;
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
