package org.standingoffice.drafting;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.standingoffice.knowledge.Passage;

/**
 * How an answer quotes a document: the words verbatim between «», then the citation written the
 * way readers of the asker's language expect ("Conclusion 183-KL/TW, point 4(2)", "Kết luận
 * 183-KL/TW, điểm 4(2)", "Notice 412/TB-VPCP, paragraph 5"). The kind of document is read from the
 * type code its number carries ("KL", "TB"), as Vietnamese document numbers are written; a number
 * without one is cited alone. Labels that name their own division ("Điều 31", "Article 5") are kept
 * as written. The one rule for the extractive drafter and for staff quoting a passage on the
 * console, so a quote reads the same whoever made it.
 */
public final class QuoteFormat {

    /**
     * The type codes of Vietnamese document numbers (the Party's and the State's rules on document
     * formats) that have a {@code citation.type.*} message: conclusion, notice, resolution, decision,
     * regulation, directive, programme, guidance, plan, decree, report, scheme.
     */
    private static final Set<String> TYPE_CODES =
            Set.of("KL", "TB", "NQ", "QĐ", "QyĐ", "CT", "CTr", "HD", "KH", "NĐ", "BC", "ĐA");

    private final MessageSource messages;

    public QuoteFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** A whole passage quoted for a reader of {@code readerLanguage} (ISO 639-1). */
    public String quote(Passage passage, String readerLanguage) {
        return quote(
                passage.text().strip(),
                new Citation(passage.document().number(), passage.section()),
                readerLanguage,
                passage.document().language());
    }

    /**
     * {@code verbatim} as the document wrote it, with its citation; a quote in another language
     * than the reader's says which.
     */
    public String quote(String verbatim, Citation citation, String readerLanguage, String quotedLanguage) {
        return "«" + verbatim + "» (" + formatQuote(citation, readerLocale(readerLanguage), quotedLanguage) + ")";
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
        return typed(citation.document(), locale) + ", " + written;
    }

    /** The document's number after the name of its kind, when its number says the kind. */
    private String typed(String number, Locale locale) {
        for (String part : number.split("[-/ ]")) {
            if (TYPE_CODES.contains(part)) {
                String key = "citation.type." + part.replace('Đ', 'D').toLowerCase(Locale.ROOT);
                return messages.getMessage(key, null, locale) + " " + number;
            }
        }
        return number;
    }

    /**
     * Whether {@code text} cites {@code citation} as {@link #format} writes it for {@code locale}
     * ("183-KL/TW, mục 5", not "183-KL/TW, mục 5(2)"). An answer staff edited lists as its sources
     * only what it still cites, not every passage the machine draft quoted.
     */
    public boolean cites(String text, Citation citation, Locale locale) {
        return Pattern.compile(Pattern.quote(format(citation, locale)) + "(?![\\p{L}\\d(])")
                .matcher(text)
                .find();
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

    private static Locale readerLocale(String language) {
        return language == null ? Locale.ROOT : Locale.forLanguageTag(language);
    }
}
