package org.standingoffice.knowledge.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standingoffice.knowledge.Deadline;

/**
 * Extracts the deadlines of a passage with the task (the sentence that sets it) and the body
 * responsible. The responsible body is read from the usual shapes of directive sentences —
 * "Assign X to…", "X shall/must…", "Request X to…" — in the sentence itself, else in the
 * passage's heading context (a sub-point inherits "The Ministry of Home Affairs coordinates…").
 */
public final class DeadlineExtractor {

    private static final int MAX_RESPONSIBLE_CHARS = 120;
    private static final int MAX_TASK_CHARS = 400;
    // Verbs and organisation words end where the word ends, not at a space: a lead-in ends in a
    // colon ("Ủy ban nhân dân cấp xã có trách nhiệm:").
    private static final String WORD_END = "(?![\\p{L}])";
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?iu)\\b(?:requested that|assign(?:s|ed|ing)?|request(?:s|ed|ing)?|direct(?:s|ed|ing)?|asked|tilldela|utse|ge"
                    + "|uppmana|begär att|giao|yêu cầu)\\s+(?:the\\s+)?(.+?)(?:\\s+(?:to|att|ska|có trách nhiệm|chủ trì)"
                    + WORD_END + "|:\\s*$)");
    private static final Pattern SUBJECT = Pattern.compile(
            "(?u)^(?:the\\s+|The\\s+)?(.+?)\\s+(?:shall|must|will|should|is responsible|are responsible|urgently"
                    + "|coordinates?|leads?|presides?|ska|skall|måste|phải|có trách nhiệm|chủ trì)" + WORD_END);
    // A Swedish body is one compound word ("Inrikesministeriet", "partikommittén"), taken whole.
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?u)(?<![\\p{L}])(?:[\\p{Lu}][\\p{L}'’-]*\\s+){0,5}(?:Committees?|Commission|Ministry|Ministries|Office"
                    + "|Government|Front|Assembly|Council|Politburo|Secretariat|Department|Agency"
                    + "|\\p{L}*(?:[Kk]ommitté|[Mm]inisteri)\\p{L}*|Ủy ban|UBND|Bộ|Ban|ministries|localities|agencies"
                    + "|departments|committees)" + WORD_END
                    + "(?:\\s+(?:of|for)\\s+(?:[\\p{Lu}][\\p{L}'’-]*\\s*){1,4})?");
    private static final Pattern PARENTHESISED_DEADLINE =
            Pattern.compile("\\s*\\((?:[^()]*?)(?:before|by|no later than|före|senast|trước|chậm nhất)[^()]*\\)");

    private final DateExpressions dates = new DateExpressions();
    private final SentenceSplitter sentences = new SentenceSplitter();

    public List<Deadline> extract(String text, String heading, LocalDate documentDate) {
        List<Deadline> deadlines = new ArrayList<>();
        for (String sentence : sentences.sentences(text)) {
            for (DateExpressions.Found found : dates.find(sentence, documentDate)) {
                deadlines.add(new Deadline(
                        found.phrase(),
                        found.due(),
                        found.dayOfMonth(),
                        responsible(clauseOf(sentence, found.phrase()), sentence, text, heading),
                        task(sentence)));
            }
        }
        return deadlines;
    }

    /** Nearest first: the clause, the sentence, the passage, then the headings innermost first. */
    private static String responsible(String clause, String sentence, String passage, String heading) {
        List<String> candidates = new ArrayList<>(List.of(clause, sentence, passage));
        List<String> headings = Arrays.asList(heading.split(" › "));
        Collections.reverse(headings);
        candidates.addAll(headings);
        for (String candidate : candidates) {
            String found = directiveSubject(candidate);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return firstOrganisation(sentence + " " + passage + " " + heading);
    }

    private static String clauseOf(String sentence, String phrase) {
        return Arrays.stream(sentence.split(";"))
                .filter(clause -> clause.contains(phrase))
                .findFirst()
                .orElse(sentence);
    }

    private static String directiveSubject(String text) {
        for (String clause : text.split(";")) {
            for (Pattern pattern : List.of(ASSIGNMENT, SUBJECT)) {
                Matcher matcher = pattern.matcher(clause.strip());
                if (matcher.find() && ORGANISATION.matcher(matcher.group(1)).find()) {
                    return shorten(matcher.group(1));
                }
            }
        }
        return "";
    }

    private static String firstOrganisation(String text) {
        Matcher matcher = ORGANISATION.matcher(text);
        return matcher.find() ? shorten(matcher.group()) : "";
    }

    private static String task(String sentence) {
        String withoutDeadline =
                PARENTHESISED_DEADLINE.matcher(sentence).replaceAll("").strip();
        return shorten(withoutDeadline.isEmpty() ? sentence : withoutDeadline, MAX_TASK_CHARS);
    }

    private static String shorten(String text) {
        return shorten(text.strip(), MAX_RESPONSIBLE_CHARS);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max).strip() + "…";
    }
}
