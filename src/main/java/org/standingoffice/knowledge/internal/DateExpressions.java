package org.standingoffice.knowledge.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds deadline phrases — a limit word followed by a date — in English, Swedish and Vietnamese:
 * "before August 31, 2025", "complete in August 2025", "no later than the 25th of each month",
 * "by the end of August 2025", "no later than 31.8.2025", "före den 31 augusti 2025",
 * "senast den 25:e varje månad", "senast vid utgången av augusti 2025", "trước ngày 31/8/2025",
 * "chậm nhất ngày 25 hằng tháng". Dates without a limit word ("dated July 31, 2025", "on
 * August 1") are not deadlines and are not returned.
 */
public final class DateExpressions {

    /** A deadline phrase found in a text, with where it stands. */
    public record Found(String phrase, int start, LocalDate due, Integer dayOfMonth, boolean yearGiven) {}

    private static final Map<String, Integer> MONTHS = months();
    // A month name is a whole word ("by 3 junior officials" is no date), its abbreviation may take a dot.
    private static final String MONTH_NAME = "(?<month>" + String.join("|", MONTHS.keySet()) + ")(?:\\.|(?![\\p{L}]))";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th|:e|:a)?";
    private static final String YEAR = "(?<year>\\d{4})";
    private static final String LIMIT = "(?<limit>no later than|not later than|before|by|until|prior to"
            + "|(?:complete[sd]?|completed|implement(?:ed)?|issued?|done|finish(?:ed)?) in"
            + "|senast|före|innan|till och med|slutföras i|genomföras i"
            + "|trước|chậm nhất(?: là)?|không quá|hạn chót(?: là)?|hoàn thành trong|xong trước)";
    private static final String END_OF = "(?:the\\s+end\\s+of|(?:i\\s+slutet|vid\\s+utgången)\\s+av|cuối)\\s+";
    private static final List<Pattern> PATTERNS = List.of(
            // the 25th of each month / den 25:e varje månad / ngày 25 hằng tháng
            compile(LIMIT + "\\s+(?:the\\s+|den\\s+|ngày\\s+)?" + DAY
                    + "\\s+(?:day\\s+)?(?:of\\s+)?(?<monthly>each month|every month|varje månad|i varje månad"
                    + "|hằng tháng|hàng tháng)"),
            // 31/8/2025, ngày 31 tháng 8 năm 2025
            compile(LIMIT + "\\s+(?:ngày\\s+)?" + DAY + "\\s*(?:/|-|\\s+tháng\\s+)(?<monthnumber>\\d{1,2})"
                    + "(?:\\s*(?:/|-|\\s+năm\\s+)" + YEAR + ")?"),
            // 31.8.2025 — only with the year, so that "by 3.5 percent" stays a number
            compile(LIMIT + "\\s+(?:ngày\\s+)?" + DAY + "\\.(?<monthnumber>\\d{1,2})\\." + YEAR + "(?!\\d)"),
            // August 31, 2025
            compile(LIMIT + "\\s+(?:the\\s+)?" + MONTH_NAME + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?(?![\\d])"),
            // 31 August 2025, den 31 augusti 2025
            compile(LIMIT + "\\s+(?:the\\s+|den\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH_NAME + "(?:,?\\s+" + YEAR
                    + ")?"),
            // (the end of) August 2025, tháng 8/2025, tháng 8 năm 2025
            compile(LIMIT + "\\s+(?:" + END_OF + ")?(?:(?:" + MONTH_NAME
                    + ")|(?:tháng\\s+(?<monthnumber>\\d{1,2})))\\s*(?:/|năm)?\\s*" + YEAR));

    /**
     * The deadline phrases in {@code text}, in order; a date without a year takes the year of
     * {@code reference} (the document's date).
     */
    public List<Found> find(String text, LocalDate reference) {
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (Pattern pattern : PATTERNS) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                if (!taken[matcher.start()]) {
                    toDeadline(matcher, reference).ifPresent(found::add);
                    for (int i = matcher.start(); i < matcher.end(); i++) {
                        taken[i] = true;
                    }
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static Optional<Found> toDeadline(Matcher matcher, LocalDate reference) {
        String phrase = matcher.group().strip();
        int day = has(matcher, "day") ? Integer.parseInt(matcher.group("day")) : 0;
        if (has(matcher, "monthly")) {
            return day >= 1 && day <= 31
                    ? Optional.of(new Found(phrase, matcher.start(), null, day, false))
                    : Optional.empty();
        }
        Integer month = has(matcher, "month")
                ? MONTHS.get(matcher.group("month").toLowerCase(Locale.ROOT))
                : Integer.valueOf(matcher.group("monthnumber"));
        boolean yearGiven = has(matcher, "year");
        int year = yearGiven
                ? Integer.parseInt(matcher.group("year"))
                : reference == null ? LocalDate.now().getYear() : reference.getYear();
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day == 0) {
            return Optional.of(new Found(phrase, matcher.start(), yearMonth.atEndOfMonth(), null, yearGiven));
        }
        return yearMonth.isValidDay(day)
                ? Optional.of(new Found(phrase, matcher.start(), yearMonth.atDay(day), null, yearGiven))
                : Optional.empty();
    }

    private static boolean has(Matcher matcher, String group) {
        try {
            return matcher.group(group) != null;
        } catch (IllegalArgumentException noSuchGroup) {
            return false;
        }
    }

    private static Pattern compile(String regex) {
        return Pattern.compile("(?iu)(?<![\\p{L}])" + regex, Pattern.UNICODE_CASE);
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"january", "jan", "januari"},
            {"february", "feb", "februari"},
            {"march", "mar", "mars"},
            {"april", "apr"},
            {"may", "maj"},
            {"june", "jun", "juni"},
            {"july", "jul", "juli"},
            {"august", "aug", "augusti"},
            {"september", "sep", "sept"},
            {"october", "oct", "oktober", "okt"},
            {"november", "nov"},
            {"december", "dec"}
        };
        Map<String, Integer> months = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                months.put(name, i + 1);
            }
        }
        // Longest first, so "augusti" wins over "aug" in the alternation.
        return months.entrySet().stream()
                .sorted((a, b) ->
                        Integer.compare(b.getKey().length(), a.getKey().length()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
