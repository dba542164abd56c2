package org.standingoffice.drafting.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.Decision;
import org.standingoffice.drafting.Draft;
import org.standingoffice.drafting.Escalation;
import org.standingoffice.drafting.QuoteFormat;

/**
 * What every drafter's answer looks like, from the templates in {@code prompts/}: the lead-in
 * before the body, citations written for the asker's language. Nothing meant for staff goes into
 * the answer: that is what {@link org.standingoffice.drafting.StaffNotes} are for.
 */
final class DraftLayout {

    private final Prompts prompts;
    private final QuoteFormat citations;

    DraftLayout(Prompts prompts, QuoteFormat citations) {
        this.prompts = prompts;
        this.citations = citations;
    }

    String answer(String language, String body) {
        return prompts.render(language, "answer", Map.of("body", body.strip()));
    }

    String cite(Citation citation, String language) {
        return citations.format(citation, Locale.forLanguageTag(language));
    }

    /** A verbatim quote and its citation, naming its language when it is not the reader's. */
    String quote(String verbatim, Citation citation, String language, String quotedLanguage) {
        return citations.quote(verbatim, citation, language, quotedLanguage);
    }

    /**
     * An escalation with nothing to suggest: the asker is told by the channel that staff will
     * answer, so the draft's answer stays empty rather than holding a notice nobody should send.
     */
    Draft escalation(Escalation why, String drafter, String fallbackReason) {
        return new Draft("", List.of(), Decision.ESCALATE, drafter, fallbackReason, why);
    }
}
