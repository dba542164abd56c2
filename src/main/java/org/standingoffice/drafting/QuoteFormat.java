package org.standingoffice.drafting;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.Sentences;
import org.standingoffice.knowledge.SourceDocument;

/**
 * How an answer quotes a document: the words verbatim between «», then the citation written the
 * way readers of the asker's language expect ("Conclusion 183-KL/TW, point 4(2)", "Kết luận
 * 183-KL/TW, điểm 4(2)", "Notice 412/TB-VPCP, paragraph 5"). The kind of document is read from the
 * type code its number carries ("KL", "TB"), as Vietnamese document numbers are written; a number
 * without one is cited alone. A document whose number is a placeholder is named by its type, issuer
 * and date instead ("Kết luận của Bộ Chính trị, Ban Bí thư ngày 16/5/2025, đoạn 16"): a reader
 * would take any number cited for an official one. Labels that name their own division ("Điều 31",
 * "Article 5") are kept as written. The one rule for the extractive drafter and for staff quoting a passage on the
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

    /** The knowledge base's document types, by the type code whose {@code citation.type.*} names them. */
    private static final Map<String, String> TYPE_NAMES = Map.ofEntries(
            Map.entry("conclusion", "KL"),
            Map.entry("notice", "TB"),
            Map.entry("resolution", "NQ"),
            Map.entry("decision", "QĐ"),
            Map.entry("regulation", "QyĐ"),
            Map.entry("directive", "CT"),
            Map.entry("programme", "CTr"),
            Map.entry("program", "CTr"),
            Map.entry("guidance", "HD"),
            Map.entry("plan", "KH"),
            Map.entry("decree", "NĐ"),
            Map.entry("report", "BC"),
            Map.entry("scheme", "ĐA"));

    /** A quoted sentence shorter than this ("(2)", a heading) says too little to tell a quote kept. */
    private static final int QUOTED_SENTENCE = 30;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final MessageSource messages;

    public QuoteFormat(MessageSource messages) {
        this.messages = messages;
    }

    /** A whole passage quoted for a reader of {@code readerLanguage} (ISO 639-1). */
    public String quote(Passage passage, String readerLanguage) {
        return quote(
                passage.text().strip(),
                Citation.of(passage),
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
        return name(citation, locale) + ", " + written;
    }

    /**
     * How {@code document} is named to a reader of {@code locale}: "Kết luận 183-KL/TW", or by type,
     * issuer and date when its number is a placeholder.
     */
    public String name(SourceDocument document, Locale locale) {
        return name(new Citation(document.number(), "", Issuance.ofUnverified(document)), locale);
    }

    private String name(Citation citation, Locale locale) {
        Issuance issuance = citation.namedBy();
        if (issuance == null || (issuance.issuer().isEmpty() && issuance.date() == null)) {
            // Nothing to name it by but the number: better a number than an unnamed document.
            return typed(citation.document(), locale);
        }
        String kind = messages.getMessage(typeKey(issuance.type()), null, locale);
        if (issuance.date() == null) {
            return messages.getMessage("citation.issued.by", new Object[] {kind, issuer(issuance, locale)}, locale);
        }
        // The month's name in the reader's language; a reader of unknown language reads the English bundle.
        String date = DateTimeFormatter.ofPattern(
                        messages.getMessage("citation.date", null, locale),
                        locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale)
                .format(issuance.date());
        return issuance.issuer().isEmpty()
                ? messages.getMessage("citation.issued.on", new Object[] {kind, date}, locale)
                : messages.getMessage("citation.issued", new Object[] {kind, issuer(issuance, locale), date}, locale);
    }

    private static String typeKey(String type) {
        String code = TYPE_NAMES.get(type.toLowerCase(Locale.ROOT));
        return code == null ? "citation.type.document" : typeKeyOf(code);
    }

    private static String typeKeyOf(String code) {
        return "citation.type." + code.replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** The issuer in the reader's words where the bundles have them ("citation.issuer.politburo-and-secretariat"). */
    private String issuer(Issuance issuance, Locale locale) {
        String key = NOT_A_WORD
                .matcher(issuance.issuer().toLowerCase(Locale.ROOT))
                .replaceAll("-")
                .replaceAll("^-|-$", "");
        return messages.getMessage("citation.issuer." + key, null, issuance.issuer(), locale);
    }

    /** The document's number after the name of its kind, when its number says the kind. */
    private String typed(String number, Locale locale) {
        for (String part : number.split("[-/ ]")) {
            if (TYPE_CODES.contains(part)) {
                return messages.getMessage(typeKeyOf(part), null, locale) + " " + number;
            }
        }
        return number;
    }

    /**
     * Whether an answer staff sent still rests on the passage {@code citation} names, one the draft it
     * was edited from cited, so the answer lists it among its sources. Staff edit in their own words:
     * they shorten the lead-in, retype a citation the way they are used to ("Kết luận số 183-KL/TW,
     * điểm 9", "(183-KL/TW, đoạn 16)") or drop a quote that does not answer. A citation stays while the
     * answer cites it as {@link #format} writes it in one of {@code languages}, still quotes a sentence
     * the draft quoted under it, or names its document's number and its section's label (a label that
     * is part of a date, "16/5/2025", does not count); it goes when its quote and its citation both
     * went. A document whose number is a placeholder is never named by it, so only the first two tell.
     *
     * @param drafted the machine draft the answer was edited from; {@code null} when there is none
     */
    public boolean restsOn(String sent, String drafted, Citation citation, Collection<String> languages) {
        List<Locale> locales = languages.stream().map(Locale::forLanguageTag).toList();
        if (locales.stream().anyMatch(locale -> cites(sent, citation, locale))) {
            return true;
        }
        String flat = flat(sent);
        if (drafted != null
                && locales.stream()
                        .flatMap(locale -> quotedUnder(drafted, citation, locale).stream())
                        .anyMatch(sentence -> flat.contains(flat(sentence)))) {
            return true;
        }
        return citation.namedBy() == null && namesInOwnWords(sent, citation);
    }

    /**
     * Whether {@code text} cites {@code citation} as {@link #format} writes it for {@code locale}
     * ("183-KL/TW, mục 5", not "183-KL/TW, mục 5(2)").
     */
    boolean cites(String text, Citation citation, Locale locale) {
        return Pattern.compile(Pattern.quote(format(citation, locale)) + "(?![\\p{L}\\d(])")
                .matcher(text)
                .find();
    }

    /** The sentences {@code drafted} quotes under {@code citation} as written for {@code locale}. */
    private List<String> quotedUnder(String drafted, Citation citation, Locale locale) {
        List<String> sentences = new ArrayList<>();
        String cited = "» (" + format(citation, locale);
        for (int end = drafted.indexOf(cited); end >= 0; end = drafted.indexOf(cited, end + 1)) {
            int start = drafted.lastIndexOf('«', end);
            if (start >= 0) {
                Sentences.of(drafted.substring(start + 1, end)).stream()
                        .filter(sentence -> sentence.strip().length() >= QUOTED_SENTENCE)
                        .forEach(sentences::add);
            }
        }
        return sentences;
    }

    /** The document's number in any punctuation ("183-KL/TW", "183/KL-TW") and its section's label. */
    private static boolean namesInOwnWords(String text, Citation citation) {
        String number = Glossary.fold(citation.document());
        String label =
                citation.section().startsWith("para. ") ? citation.section().substring(6) : citation.section();
        return !number.isEmpty()
                && !label.isBlank()
                && (" " + Glossary.fold(text) + " ").contains(" " + number + " ")
                && Pattern.compile("(?<![\\p{L}\\d/.])" + Pattern.quote(label) + "(?![\\p{L}\\d/.(])")
                        .matcher(text)
                        .find();
    }

    /** Single spaces, no space before punctuation: how staff retype a quote need not matter. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ").replaceAll(" (?=[.,;:)])", "").strip();
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
