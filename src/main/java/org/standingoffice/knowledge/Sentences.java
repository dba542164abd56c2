package org.standingoffice.knowledge;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts text into sentences with ICU's sentence {@link BreakIterator} (Unicode's rules: a full
 * stop before a lower-case word, inside a number or a date such as "1.8.2025" ends nothing; a line
 * break ends a sentence), and keeps together what it would cut after an abbreviation of a
 * document reference or a title ("No. 183-KL/TW", "Art. 5", "para. 3", "TT. 05", "Dr.") or after
 * an initial ("Nguyễn V. A.").
 *
 * <p>The abbreviations are checked as whole words here rather than with ICU's {@code
 * FilteredBreakIteratorBuilder}: its suppressions match any text that ends in them, so "NĐ-CP."
 * (ends in "P.") or "VPTT." (ends in "TT.") at the end of a sentence would not end it.
 */
public final class Sentences {

    /** One sentence of a text: {@code text.substring(start, end)}, without surrounding white space. */
    public record Span(int start, int end) {

        public String of(String text) {
            return text.substring(start, end);
        }
    }

    private static final Set<String> ABBREVIATIONS = Set.of(
            "No.", "no.", "Nos.", "Nr.", "nr.", "Art.", "art.", "Arts.", "para.", "Para.", "paras.", "cl.", "Cl.", "p.",
            "pp.", "Số.", "số.", "TT.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "e.g.", "i.e.", "cf.", "vs.",
            "approx.", "Tp.", "TP.", "ThS.", "TS.", "PGS.", "GS.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.",
            "Sep.", "Oct.", "Nov.", "Dec.", "kl.", "t.ex.", "bl.a.", "m.m.", "ca.", "resp.");
    /** One or more initials: "A.", "V.A.", "Đ.". */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.)+");

    private static final BreakIterator PROTOTYPE = BreakIterator.getSentenceInstance(ULocale.ROOT);

    private Sentences() {}

    /** The sentences of {@code text}, in order; blank stretches yield none. */
    public static List<Span> spans(String text) {
        BreakIterator boundaries = (BreakIterator) PROTOTYPE.clone();
        boundaries.setText(text);
        List<Span> spans = new ArrayList<>();
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; end = boundaries.next()) {
            if (end < text.length() && continuesAfter(text, start, end)) {
                continue;
            }
            add(spans, text, start, end);
            start = end;
        }
        return spans;
    }

    /** The sentences of {@code text} as strings. */
    public static List<String> of(String text) {
        return spans(text).stream().map(span -> span.of(text)).toList();
    }

    /**
     * Whether the break ICU found at {@code end} follows an abbreviation or an initial and is no
     * sentence end: only when the line goes on (a line break always ends a sentence).
     */
    private static boolean continuesAfter(String text, int start, int end) {
        String segment = text.substring(start, end);
        if (segment.endsWith("\n") || segment.endsWith("\r") || segment.strip().isEmpty()) {
            return false;
        }
        String stripped = segment.stripTrailing();
        String lastWord = stripped.substring(stripped.lastIndexOf(' ') + 1);
        lastWord = lastWord.replaceFirst("^[(\\[\"“«]+", "");
        return ABBREVIATIONS.contains(lastWord) || INITIALS.matcher(lastWord).matches();
    }

    private static void add(List<Span> spans, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            spans.add(new Span(start, end));
        }
    }
}
