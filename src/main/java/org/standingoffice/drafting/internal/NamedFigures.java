package org.standingoffice.drafting.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.Passage;
import org.standingoffice.knowledge.SourceDocument;

/**
 * The figures a text names that a passage about the same thing must name too: numbers and years of
 * two or more digits ("2030", "183"), document numbers ("02-KH/BCĐTW", compared without case,
 * diacritics or punctuation) and months of a year ("December 2025", "tháng 12/2025", "12/2025",
 * "31.12.2025"). Each is keyed so that its spellings in English, Swedish and Vietnamese compare
 * equal.
 */
final class NamedFigures {

    /** Years, document and other numbers of two or more digits. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{N}{2,}(?![\\p{N}])");
    /** "183-KL/TW", "412/TB-VPCP", "02-KH/BCĐTW": digits, then codes joined by "-" or "/". */
    private static final Pattern DOCUMENT_NUMBER =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\p{N}+(?:[-/][\\p{L}\\p{N}]+)*[-/]\\p{L}[\\p{L}\\p{N}]*");
    /** A month named with its year, over folded text: "december 2025", "thang 12/2025", "12/2025", "31.12.2025". */
    private static final Pattern MONTH_OF_YEAR = Pattern.compile("\\b(?:(?<name>january|february|march|april|may"
            + "|june|july|august|september|october|november|december|januari|februari|mars|maj|juni|juli|augusti"
            + "|oktober)(?: \\d{1,2}(?:st|nd|rd|th)?,?)? (?<year1>(?:19|20)\\d{2})"
            + "|thang (?<month2>\\d{1,2})(?:/| nam )(?<year2>(?:19|20)\\d{2})"
            + "|(?<month3>\\d{1,2})[/.](?<year3>(?:19|20)\\d{2}))\\b");

    private static final List<String> MONTHS = List.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");
    private static final Map<String, String> SWEDISH_MONTHS = Map.of(
            "januari",
            "january",
            "februari",
            "february",
            "mars",
            "march",
            "maj",
            "may",
            "juni",
            "june",
            "juli",
            "july",
            "augusti",
            "august",
            "oktober",
            "october");

    private NamedFigures() {}

    /** Each figure {@code text} names, as written, by its key; in the text's order. */
    static Map<String, String> in(String text) {
        Map<String, String> figures = new LinkedHashMap<>();
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            figures.putIfAbsent(number.group(), number.group());
        }
        Matcher document = DOCUMENT_NUMBER.matcher(text);
        while (document.find()) {
            figures.putIfAbsent(compact(document.group()), document.group());
        }
        Matcher month = MONTH_OF_YEAR.matcher(Glossary.unaccented(text));
        while (month.find()) {
            monthKey(month).ifPresent(key -> figures.putIfAbsent(key, month.group()));
        }
        return figures;
    }

    /**
     * The figures of {@code question} whose keys are not among {@code found}, as written; a month
     * whose year is missing too is not named twice ("2030", not also "August 2030").
     */
    static List<String> missing(String question, Set<String> found) {
        Map<String, String> asked = in(question);
        return asked.entrySet().stream()
                .filter(figure -> !found.contains(figure.getKey()))
                .filter(figure -> !isMonth(figure.getKey())
                        || found.contains(figure.getKey().substring(0, 4))
                        || !asked.containsKey(figure.getKey().substring(0, 4)))
                .map(Map.Entry::getValue)
                .toList();
    }

    /** How many figures {@code question} names, a month and its year counted once. */
    static int count(String question) {
        Map<String, String> asked = in(question);
        return (int) asked.keySet().stream()
                .filter(key -> !isMonth(key) || !asked.containsKey(key.substring(0, 4)))
                .count();
    }

    /** The keys of the figures {@code text} names. */
    static Set<String> keys(String text) {
        return in(text).keySet();
    }

    /**
     * The keys of the figures {@code passage} names, its document's number, title and date
     * counting: "Conclusion 183" is answered by a point of 183-KL/TW, "the conclusion of May 2025"
     * by a point of the conclusion dated 16 May 2025.
     */
    static Set<String> of(Passage passage) {
        SourceDocument document = passage.document();
        Set<String> figures = new LinkedHashSet<>(
                keys(document.number() + "\n" + document.title() + "\n" + passage.heading() + "\n" + passage.text()));
        if (document.date() != null) {
            figures.add(month(document.date().getYear(), document.date().getMonthValue()));
        }
        return figures;
    }

    /** The key of a month of a year: "2025-12". */
    static String month(int year, int month) {
        return "%d-%02d".formatted(year, month);
    }

    private static java.util.Optional<String> monthKey(Matcher match) {
        if (match.group("name") != null) {
            String name = SWEDISH_MONTHS.getOrDefault(match.group("name"), match.group("name"));
            return java.util.Optional.of(month(Integer.parseInt(match.group("year1")), MONTHS.indexOf(name) + 1));
        }
        String monthNumber = match.group("month2") != null ? match.group("month2") : match.group("month3");
        String year = match.group("year2") != null ? match.group("year2") : match.group("year3");
        int value = Integer.parseInt(monthNumber);
        return value < 1 || value > 12
                ? java.util.Optional.empty()
                : java.util.Optional.of(month(Integer.parseInt(year), value));
    }

    private static boolean isMonth(String key) {
        return key.length() == 7 && key.charAt(4) == '-';
    }

    private static String compact(String documentNumber) {
        return Glossary.fold(documentNumber).replaceAll("[^a-z0-9]", "");
    }
}
