package org.standingoffice.search.internal;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.TypingHabits;

/**
 * An office's {@link TypingHabits} compiled into patterns: drops politeness and filler, expands
 * phone shorthand. Phrases match whole words, case-insensitively, with their diacritics as listed.
 */
final class PhoneTyping {

    private static final String BEFORE = "(?<![\\p{L}\\p{M}\\d])";
    private static final String AFTER = "(?![\\p{L}\\p{M}\\d])";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Where a clause ends: a comma, semicolon, question mark or full stop before a space (not in "1.8.2025"). */
    private static final Pattern CLAUSE_END = Pattern.compile("\\s*[,;.!?]+(?:\\s+|$)");
    /**
     * A clause that asks, over folded text: a Vietnamese question word ("gì", "nào", "không", "bao
     * nhiêu", "đâu", typed in full or in shorthand), or "chưa" closing it. Not a question mark: the
     * one closing a message often follows the context ("…, xã em cần biết để gửi kiến nghị ạ?").
     */
    private static final Pattern ASKS = Pattern.compile(
            "\\b(?:gi|j|nao|khong|ko|sao|ai|bao nhieu|bn|bao gio|bh|bao lau|dau|ntn|the nao)\\b|\\bchua$");

    private static final Pattern END_PUNCTUATION = Pattern.compile("[\\s?!.…,;:]+$");
    /**
     * After these a single letter is a point of a legal text ("điểm e", "point a"), not shorthand
     * for "em" or "anh".
     */
    private static final Set<String> POINT_WORDS = Set.of("diem", "point", "punkt", "muc", "khoan", "letter");

    private final Pattern leading;
    private final Pattern anywhere;
    private final Pattern trailing;
    private final Pattern context;
    private final Pattern shorthand;
    private final Map<String, String> expansions;

    PhoneTyping(TypingHabits habits) {
        this.leading = phrases("^[\\s,.!]*", habits.leading(), "[\\s,.!:]*");
        this.anywhere = phrases("[\\s,]*", habits.anywhere(), "");
        this.trailing = phrases("[\\s,]*", habits.trailing(), "[\\s,]*$");
        this.context = phrases("", habits.context(), "");
        this.expansions = habits.shorthand();
        // Not inside a document number: "KH" in "56-KH/BCĐ" is no plan, "NĐ" in "12/2025/NĐ-CP" no decree.
        this.shorthand = phrases("(?<![-/])", List.copyOf(habits.shorthand().keySet()), "(?![-/])");
    }

    /** {@code question} without its politeness and filler; unchanged when nothing else would be left. */
    String withoutFiller(String question) {
        String text = Normalizer.normalize(question, Normalizer.Form.NFC).strip();
        Matcher end = END_PUNCTUATION.matcher(text);
        String ending = "";
        if (end.find()) {
            ending = end.group().contains("?") ? "?" : "";
            text = text.substring(0, end.start());
        }
        text = removeRepeatedly(leading, text);
        text = anywhere == null ? text : anywhere.matcher(text).replaceAll(" ");
        text = removeRepeatedly(trailing, text);
        text = tidy(text);
        return text.isEmpty() ? question.strip() : text + ending;
    }

    /**
     * {@code question} without the clauses about the asker's own situation ("em là cán bộ văn phòng ở
     * xã mới sáp nhập, …", "…, xã em cần biết để còn gửi kiến nghị"): a clause, between commas or
     * sentence ends, that holds a context phrase and asks nothing itself. Its words are the asker's,
     * not the passage's: kept, they count as terms no passage carries. Unchanged when every clause is
     * context (the question is then about the asker's situation).
     */
    String withoutContext(String question) {
        if (context == null) {
            return question;
        }
        List<String> clauses = List.of(CLAUSE_END.split(question));
        List<String> kept = clauses.stream()
                .filter(clause -> !context.matcher(clause).find()
                        || ASKS.matcher(Glossary.fold(clause)).find())
                .toList();
        if (kept.isEmpty() || kept.size() == clauses.size()) {
            return question;
        }
        return tidy(String.join(", ", kept)) + (question.strip().endsWith("?") ? "?" : "");
    }

    /** {@code question} with every shorthand replaced by its expansion. */
    String expanded(String question) {
        if (shorthand == null) {
            return question;
        }
        Matcher matcher = shorthand.matcher(question);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String expansion = expansions.get(key);
            if (expansion == null || (key.length() == 1 && followsPointWord(question, matcher.start()))) {
                expansion = matcher.group();
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(expansion));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static boolean followsPointWord(String text, int position) {
        String[] before = Glossary.fold(text.substring(0, position)).split(" ");
        return before.length > 0 && POINT_WORDS.contains(before[before.length - 1]);
    }

    private static String removeRepeatedly(Pattern pattern, String text) {
        if (pattern == null) {
            return text;
        }
        String previous;
        do {
            previous = text;
            text = pattern.matcher(text).replaceFirst("");
        } while (!text.equals(previous) && !text.isEmpty());
        return text;
    }

    private static String tidy(String text) {
        return text.replaceAll("\\s+", " ")
                .replaceAll("\\s+([,?.!;:])", "$1")
                .replaceAll("([,;:])[,;:\\s]*([,;:])", "$1")
                .replaceAll("^[\\s,;:.]+|[\\s,;:]+$", "")
                .strip();
    }

    /** One pattern matching any of {@code phrases}, longest first; {@code null} when there are none. */
    private static Pattern phrases(String prefix, List<String> phrases, String suffix) {
        if (phrases.isEmpty()) {
            return null;
        }
        String alternatives = phrases.stream()
                .map(phrase -> Normalizer.normalize(phrase, Normalizer.Form.NFC))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(phrase -> Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile(prefix + BEFORE + "(?:" + alternatives + ")" + AFTER + suffix, FLAGS);
    }
}
