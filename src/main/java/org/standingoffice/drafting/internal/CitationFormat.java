package org.standingoffice.drafting.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.standingoffice.drafting.Citation;

/**
 * Writes a citation the way readers of the asker's language expect: "183-KL/TW, point 4(2)",
 * "183-KL/TW, mục 4(2)", "412/TB-VPCP, paragraph 5". Labels that name their own division
 * ("Điều 31", "Article 5") are kept as written.
 */
final class CitationFormat {

    private final MessageSource messages;

    CitationFormat(MessageSource messages) {
        this.messages = messages;
    }

    String format(Citation citation, Locale locale) {
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
}
