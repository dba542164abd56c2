package org.standingoffice.drafting.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.CitationFormat;
import org.standingoffice.drafting.Decision;
import org.standingoffice.drafting.Draft;
import org.standingoffice.drafting.Escalation;

/**
 * What every drafter's answer looks like, from the templates in {@code prompts/}: the lead-in
 * before the body, citations written for the asker's language. Nothing meant for staff goes into
 * the answer: that is what {@link org.standingoffice.drafting.StaffNotes} are for.
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

    /**
     * An escalation with nothing to suggest: the asker is told by the channel that staff will
     * answer, so the draft's answer stays empty rather than holding a notice nobody should send.
     */
    Draft escalation(Escalation why, String drafter, String fallbackReason) {
        return new Draft("", List.of(), Decision.ESCALATE, drafter, fallbackReason, why);
    }
}
