package org.standingoffice.drafting;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;

/**
 * Puts a draft's notes for staff into words of the reader's language, from the message bundles
 * ({@code notes.*}), the same on the console and on the staff card. No enum name reaches a person.
 */
public final class StaffNotesFormat {

    private final MessageSource messages;

    public StaffNotesFormat(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * "Confidence: below the answering threshold (27 %; answers from 62 %)": escalated whatever the
     * percentage says, measured against the threshold the decision held it to.
     */
    public String confidence(StaffNotes notes, Locale locale) {
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        String level = level(notes.level(), locale);
        String confidence = percent.format(notes.confidence());
        return notes.threshold() == null
                ? message("notes.confidence", locale, level, confidence)
                : message("notes.confidence.threshold", locale, level, confidence, percent.format(notes.threshold()));
    }

    /** The same for a column whose heading names it: "73 % · high". */
    public String confidenceShort(StaffNotes notes, Locale locale) {
        return NumberFormat.getPercentInstance(locale).format(notes.confidence()) + " · "
                + level(notes.level(), locale);
    }

    /** The threshold the decision held the confidence to, "answers from 62 %"; empty when not recorded. */
    public Optional<String> threshold(StaffNotes notes, Locale locale) {
        return notes.threshold() == null
                ? Optional.empty()
                : Optional.of(message(
                        "notes.threshold",
                        locale,
                        NumberFormat.getPercentInstance(locale).format(notes.threshold())));
    }

    public String level(ConfidenceLevel level, Locale locale) {
        return message("notes.level." + level.name(), locale);
    }

    /**
     * Why the question went to staff, in words: the decision's reasons when it gave any ("The
     * documents found do not mention: salaries."), else the escalation's; empty when the draft
     * answers.
     */
    public Optional<String> reason(Escalation escalation, StaffNotes notes, Locale locale) {
        if (escalation == null || escalation == Escalation.NONE) {
            return Optional.empty();
        }
        if (escalation == Escalation.NOT_IN_DOCUMENTS
                && notes != null
                && !notes.reasons().isEmpty()) {
            List<String> sentences = notes.reasons().stream()
                    .map(reason -> message(reason.kind().messageKey(), locale, String.join(", ", reason.terms())))
                    .toList();
            return Optional.of(String.join(" ", sentences));
        }
        return Optional.of(message("notes.escalation." + escalation.name(), locale));
    }

    /** A short label for a guardrail hit (injection attempt, personal data, out of scope). */
    public Optional<String> badge(Escalation escalation, Locale locale) {
        return escalation != null && escalation.guardrail()
                ? Optional.of(message("notes.badge." + escalation.name(), locale))
                : Optional.empty();
    }

    /** What staff should check: what nobody verified, and quotes in another language. */
    public List<String> cautions(StaffNotes notes, Locale locale) {
        List<String> lines = new ArrayList<>();
        notes.unverified().stream()
                .sorted()
                .forEach(what -> lines.add(message("notes.unverified." + what.name(), locale)));
        if (!notes.quoteLanguages().isEmpty()) {
            List<String> names = notes.quoteLanguages().stream()
                    .map(language -> languageName(language, locale))
                    .toList();
            lines.add(message("notes.quoteLanguages", locale, String.join(", ", names)));
        }
        return lines;
    }

    /** A language's name in the reader's language: "tiếng Anh", "English", "engelska". */
    public String languageName(String language, Locale locale) {
        return messages.getMessage(
                "notes.language." + language,
                null,
                Locale.forLanguageTag(language).getDisplayLanguage(locale),
                locale);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
