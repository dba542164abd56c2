package org.standingoffice.drafting.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.Decision;
import org.standingoffice.drafting.Draft;
import org.standingoffice.drafting.Escalation;

/**
 * What every drafter's text looks like, from the templates in {@code prompts/}: the lead-in and
 * closing line around the body, the escalation notice, citations written for the asker's
 * language.
 */
final class DraftLayout {

    private final Prompts prompts;
    private final CitationFormat citations;

    DraftLayout(Prompts prompts, MessageSource messages) {
        this.prompts = prompts;
        this.citations = new CitationFormat(messages);
    }

    String answer(String language, String body) {
        return prompts.render(language, "answer", Map.of("body", body.strip()));
    }

    String cite(Citation citation, String language) {
        return citations.format(citation, Locale.forLanguageTag(language));
    }

    /** The citation of a verbatim quote, naming its language when it is not the reader's. */
    String citeQuote(Citation citation, String language, String quotedLanguage) {
        return citations.formatQuote(citation, Locale.forLanguageTag(language), quotedLanguage);
    }

    Draft escalation(String language, Escalation why, String drafter, String fallbackReason) {
        return new Draft(
                prompts.template(language, "escalated"), List.of(), Decision.ESCALATE, drafter, fallbackReason, why);
    }
}
