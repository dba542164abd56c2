package org.standingoffice.drafting;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Writes a citation the way readers of the asker's language expect: "183-KL/TW, point 4(2)",
 * "183-KL/TW, mục 4(2)", "412/TB-VPCP, paragraph 5". Labels that name their own division
 * ("Điều 31", "Article 5") are kept as written. Drafts, staff cards and the sources under an
 * answer all cite this way, so a reader never sees the index's own label ("para. 5").
 */
public final class CitationFormat {

    private final MessageSource messages;

    public CitationFormat(MessageSource messages) {
        this.messages = messages;
    }

    public String format(Citation citation, Locale locale) {
        String section = citation.section();
        String written;
        if (section.startsWith("para. ")) {
            written = messages.getMessage("citation.paragraph", new Object[] {section.substring(6)}, locale);
        } else if (!section.isEmpty() && Character.isDigit(section.charAt(0))) {
            written = messages.getMessage("citation.point", new Object[] {section}, locale);
        } else {
            written = section;
        }
        return citation.document() + ", " + written;
    }

    /**
     * A citation of a quote in another language than the reader's, saying which: without a
     * language model the quote stays as the document wrote it, and a Vietnamese official reading
     * English should know it is the English rendering, not the original.
     */
    public String formatQuote(Citation citation, Locale locale, String quotedLanguage) {
        String written = format(citation, locale);
        if (quotedLanguage == null || locale.getLanguage().isEmpty() || quotedLanguage.equals(locale.getLanguage())) {
            return written;
        }
        String language = Locale.forLanguageTag(quotedLanguage).getDisplayLanguage(locale);
        return written + ", " + messages.getMessage("citation.source." + quotedLanguage, null, language, locale);
    }
}
