package org.standingoffice.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one rule for quoting a passage: a quote is one contiguous span of the passage, or several
 * such spans joined by " … ". Spans are compared with runs of white space taken as one space (a
 * line break in the document is not a different word), and nothing else is forgiven: not case,
 * not punctuation, not diacritics. Both drafters check their quotes with it.
 */
public final class QuoteRule {

    /** What stands between two spans of one passage that are not adjacent. */
    public static final String GAP = " … ";

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:…|\\.\\.\\.)\\s*");

    private QuoteRule() {}

    /** Whether every part of {@code quote} between ellipses is a span of {@code passage}. */
    public static boolean isVerbatim(String quote, String passage) {
        String text = spaced(passage);
        List<String> parts = new ArrayList<>();
        for (String part : ELLIPSIS.split(quote.strip())) {
            String spaced = spaced(part);
            if (!spaced.isEmpty()) {
                parts.add(spaced);
            }
        }
        return !parts.isEmpty() && parts.stream().allMatch(text::contains);
    }

    /**
     * The quote of {@code sentences} of {@code passage} in the order given: sentences that follow
     * each other in the passage become one contiguous span (with the passage's own text between
     * them), the others are joined by {@link #GAP}.
     */
    public static String of(String passage, List<Sentences.Span> sentences) {
        StringBuilder quote = new StringBuilder();
        Sentences.Span open = null;
        for (Sentences.Span span : sentences) {
            if (open != null
                    && passage.substring(open.end(), Math.max(open.end(), span.start()))
                            .isBlank()
                    && span.start() >= open.end()) {
                open = new Sentences.Span(open.start(), span.end());
                continue;
            }
            if (open != null) {
                quote.append(open.of(passage)).append(GAP);
            }
            open = span;
        }
        if (open != null) {
            quote.append(open.of(passage));
        }
        return quote.toString();
    }

    private static String spaced(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }
}
