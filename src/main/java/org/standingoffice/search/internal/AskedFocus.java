package org.standingoffice.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.standingoffice.knowledge.Glossary;

/**
 * Reads a question's <em>focus</em>: the thing it asks for, as opposed to the frame around it. In
 * English the focus is the noun phrase after "what is the", "which", "how much" or "when is the"
 * ("What is the <u>penalty</u> for …", "Which <u>form</u> must communes use …"); in Vietnamese,
 * whose noun phrases open with their head, it is the phrase before "nào", "gì", "bao nhiêu" or "số
 * mấy" ("theo <u>nguyên tắc</u> nào", "<u>giấy tờ</u> gì", "<u>mẫu biểu</u> số mấy"), or the start
 * of the clause that "là gì" / "là bao nhiêu" closes ("<u>Mục tiêu</u> … là gì"). A passage that
 * answers carries its focus, or at least the kind of answer it stands for; an on-topic question the
 * documents do not answer usually shares everything with them but its focus. Words that only name
 * the kind of answer ("date", "deadline", "cấp", "tuổi") are left out: the answer type stands for
 * them. Read over the folded text, so Vietnamese typed without diacritics reads alike.
 */
final class AskedFocus {

    /** How many words of an English noun phrase count: its head and what qualifies it closely. */
    private static final int ENGLISH_WORDS = 3;

    /** "What's", "When's", "whats": the verb spelled out, so the cue reads alike. */
    private static final Pattern CONTRACTED = Pattern.compile("\\b(what|when|where|who)(?:'s|s)\\b");

    private static final Pattern ENGLISH_CUE = Pattern.compile(
            "\\b(?:what|which|how much|how many|when)(?: (?:is|are|was|were|will be))?(?: (?:the|a|an))?"
                    + " ((?:[\\p{L}\\p{N}'-]+ ?){1," + ENGLISH_WORDS + "})");

    /**
     * Words that open a clause rather than a noun phrase after the cue ("What must …", "Which
     * level runs …" stops at its verb only when listed), besides the question and function words.
     */
    private static final Set<String> ENGLISH_VERBS = Set.of(
            "is",
            "are",
            "was",
            "were",
            "be",
            "has",
            "have",
            "had",
            "does",
            "do",
            "did",
            "can",
            "could",
            "should",
            "must",
            "will",
            "would",
            "may",
            "might",
            "shall",
            "happens",
            "happened",
            "apply",
            "applies",
            "decide",
            "decides",
            "cover",
            "covers",
            "mean",
            "means",
            "need",
            "needs",
            "run",
            "runs",
            "use",
            "used",
            "get",
            "make",
            "take",
            "takes",
            "say",
            "says",
            "said",
            "go",
            "goes",
            "come",
            "comes",
            "allocated",
            "held",
            "issued",
            "given",
            "set",
            "required",
            "assigned",
            "told",
            "asked",
            "put",
            "called",
            "named");

    /** Nouns that name the kind of answer, which the answer type checks instead. */
    private static final Set<String> ANSWER_KINDS = Set.of(
            "date",
            "dates",
            "day",
            "days",
            "deadline",
            "deadlines",
            "cutoff",
            "time",
            "times",
            "period",
            "month",
            "months",
            "year",
            "years",
            "body",
            "bodies",
            "agency",
            "agencies",
            "ministry",
            "ministries",
            "committee",
            "committees",
            "level",
            "levels",
            "organ",
            "organs",
            "office",
            "offices",
            "unit",
            "units",
            "authority",
            "authorities",
            "number",
            "numbers",
            "percentage",
            "share",
            "amount",
            "sum",
            "age",
            "hours",
            "person",
            "people",
            "one",
            "ones",
            "kind",
            "kinds",
            "type",
            "types",
            "way",
            "ways",
            "extent",
            "often",
            "long",
            "ngay",
            "thang",
            "nam",
            "han",
            "thoi han",
            "thoi gian",
            "thoi diem",
            "cap",
            "co quan",
            "bo",
            "ban",
            "don vi",
            "to chuc",
            "tuoi",
            "tien",
            "so",
            "so luong",
            "ty le",
            "muc",
            "lan",
            "nguoi",
            "luc",
            "gio");

    /**
     * Vietnamese cues: the focus stands before "nào", "gì", "số mấy" ("nguyên tắc nào", "giấy tờ gì",
     * "mẫu biểu số mấy") and before or after "bao nhiêu" ("thu phí bao nhiêu", "bao nhiêu kinh phí").
     */
    private static final Pattern VIETNAMESE_CUE =
            Pattern.compile("\\b(?:(\\w+) )?(\\w+) (?:nao|gi|so may|bao nhieu(?: (\\w+)(?: (\\w+))?)?)\\b");

    /** "… là gì", "… là bao nhiêu": the focus opens the clause ("Mục tiêu … là gì"). */
    private static final Pattern VIETNAMESE_CLAUSE =
            Pattern.compile("(?:^|[,;.?!] *)(\\w+ \\w+)[^,;.?!]*? la (?:gi|bao nhieu)\\b");

    /** Words before a cue that ask how or make it a copula, not a thing: "thế nào", "là gì". */
    private static final Set<String> VIETNAMESE_NOT_FOCUS = Set.of("the", "la", "sao");

    private AskedFocus() {}

    /**
     * The focus of {@code question} (as normalised) in {@code language}, as folded words: English
     * content words, Vietnamese phrases of one or two syllables; empty when it asks for nothing
     * nameable ("What must the ministry do?", "ai", "khi nào") or in another language.
     */
    static List<String> of(String question, String language) {
        return switch (language) {
            case "en" -> english(question);
            case "vi" -> vietnamese(question);
            default -> List.of();
        };
    }

    private static List<String> english(String question) {
        String text = CONTRACTED.matcher(question.toLowerCase(Locale.ROOT)).replaceAll("$1 is");
        Set<String> function = QuestionWords.of("en");
        List<String> focus = new ArrayList<>();
        Matcher matcher = ENGLISH_CUE.matcher(text);
        while (matcher.find()) {
            for (String word : matcher.group(1).strip().split(" ")) {
                if (function.contains(word)
                        || ENGLISH_VERBS.contains(word)
                        || word.chars().anyMatch(Character::isDigit)) {
                    break;
                }
                if (word.endsWith("'s")) {
                    // A possessor, not the head: "the Politburo's view".
                    continue;
                }
                if (!ANSWER_KINDS.contains(word) && !focus.contains(word)) {
                    focus.add(word);
                }
            }
        }
        return List.copyOf(focus);
    }

    private static List<String> vietnamese(String question) {
        // Folded, but with the punctuation that ends a clause kept: "còn bao nhiêu xã, phường".
        String text = Glossary.unaccented(question).replaceAll("[^\\p{L}\\d,;.?!]+", " ");
        Set<String> function =
                QuestionWords.of("vi").stream().map(Glossary::fold).collect(Collectors.toSet());
        List<String> focus = new ArrayList<>();
        Matcher cue = VIETNAMESE_CUE.matcher(text);
        while (cue.find()) {
            if (cue.group(3) != null && !function.contains(cue.group(3))) {
                // "bao nhiêu kinh phí": what is counted or measured follows the cue.
                add(focus, join(cue.group(3), cue.group(4)), function);
            } else if (!VIETNAMESE_NOT_FOCUS.contains(cue.group(2)) && !function.contains(cue.group(2))) {
                // The head stands right before the cue: "hoàn thành việc gì" asks for no thing named.
                add(focus, join(cue.group(1), cue.group(2)), function);
            }
        }
        Matcher clause = VIETNAMESE_CLAUSE.matcher(text);
        while (clause.find()) {
            add(focus, clause.group(1), function);
        }
        return List.copyOf(focus);
    }

    private static String join(String first, String second) {
        return first == null ? second : second == null ? first : first + " " + second;
    }

    private static void add(List<String> focus, String phrase, Set<String> function) {
        String content = withoutFunctionWords(phrase, function);
        // "cơ quan nào" reads "quan" once "co" (có) is dropped: the kind is judged on the whole phrase too.
        if (!content.isEmpty()
                && !ANSWER_KINDS.contains(content)
                && !ANSWER_KINDS.contains(phrase)
                && !focus.contains(content)) {
            focus.add(content);
        }
    }

    /**
     * The syllables of {@code phrase} after its leading function words ("theo nguyên tắc" → "nguyên
     * tắc"). Only leading ones: folded, a content syllable may read as a function word ("tiêu chí"
     * as "chỉ").
     */
    private static String withoutFunctionWords(String phrase, Set<String> function) {
        String[] syllables = phrase.split(" ");
        int start = 0;
        while (start < syllables.length && function.contains(syllables[start])) {
            start++;
        }
        return String.join(" ", List.of(syllables).subList(start, syllables.length));
    }
}
