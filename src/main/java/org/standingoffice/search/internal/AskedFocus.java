package org.standingoffice.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standingoffice.knowledge.Glossary;

/**
 * Reads a question's <em>focus</em>: the thing it asks for, as opposed to the frame around it. In
 * English the focus is the noun phrase after "what is the", "which", "how much" or "when is the"
 * ("What is the <u>penalty</u> for …", "Which <u>form</u> must communes use …"); in Vietnamese,
 * whose noun phrases open with their head, it is the phrase before "nào", "gì" or "số mấy" ("theo
 * <u>nguyên tắc</u> nào", "<u>giấy tờ</u> gì", "<u>mẫu biểu</u> số mấy"), around "bao nhiêu" ("thu
 * <u>phí</u> bao nhiêu", "bao nhiêu <u>kinh phí</u>"), or the start of the clause that "là gì" / "là
 * bao nhiêu" closes ("<u>Mục tiêu</u> … là gì"). A passage that answers carries its focus, or at least
 * the kind of answer it stands for; an on-topic question the documents do not answer usually shares
 * everything with them but its focus. A phrase that names the kind of answer ("which ministry",
 * "what date", "cấp nào", "tuổi bao nhiêu") or a proper name ("What is the Central Inspection
 * Committee asked to do?") is no focus: the answer type and the named bodies are checked apart.
 * Vietnamese is read over the folded text, so it reads alike with and without diacritics.
 */
final class AskedFocus {

    /** How many words of an English noun phrase count: its head and what qualifies it closely. */
    private static final int ENGLISH_WORDS = 3;

    /** "What's", "When's", "whats": the verb spelled out, so the cue reads alike. */
    private static final Pattern CONTRACTED = Pattern.compile("\\b(what|when)(?:'s|s)\\b", Pattern.CASE_INSENSITIVE);

    /** "When" asks for a thing only as "when is the …" ("when is the next exam"), not "when building …". */
    private static final Pattern ENGLISH_CUE =
            Pattern.compile("\\b(?i:what|which|how much|how many|when(?= (?:is|are|was|were|will be)\\b))"
                    + "(?: (?i:is|are|was|were|will be))?(?: (?i:the|a|an))?"
                    + " ((?:[\\p{L}\\p{N}'-]+ ?){1," + ENGLISH_WORDS + "})(\\S*(?: \\S+)?)");

    /**
     * "How does a resident create <u>an account</u> …", "How do communes submit <u>the report</u>":
     * what is done is the focus, read as the noun phrase after the first determiner past the subject's
     * opening word ("a resident" opens the clause, "an account" is its object). "How is <u>the
     * salary</u> … calculated" asks about its subject, read like "what is the".
     */
    private static final Pattern ENGLISH_HOW = Pattern.compile("\\b(?i:how (?:is|are|was|were) (?:the|a|an)"
            + "|how (?:do|does|did|can|could|should|must|will|would) \\S+(?: \\S+){0,3}? (?:the|a|an|its|their))"
            + " ((?:[\\p{L}\\p{N}'-]+ ?){1," + ENGLISH_WORDS + "})(\\S*(?: \\S+)?)");

    /**
     * Words that open a clause rather than continue a noun phrase ("What must …", "What happens
     * to …", "what exactly did …"), besides the question and function words.
     */
    private static final Set<String> ENGLISH_VERBS = Set.of(
            "be",
            "had",
            "apply",
            "applies",
            "decide",
            "decides",
            "cover",
            "covers",
            "means",
            "needed",
            "runs",
            "allocated",
            "held",
            "issued",
            "given",
            "required",
            "assigned",
            "told",
            "asked",
            "called",
            "named",
            "exactly",
            "else");

    /** What a verb after a noun phrase opens: "Which regulation governs <u>the</u> …". */
    private static final Set<String> CLAUSE_OPENERS =
            Set.of("the", "a", "an", "its", "their", "our", "which", "what", "how", "whether", "that");

    /**
     * Nouns that name the kind of answer, which the answer type checks instead, and modifiers of it
     * ("latest", "due"); a body whose name ends in "ủy" ("đảng ủy nào", "tỉnh ủy nào"); and nouns that
     * name only the kind of content asked for ("nội dung gì", "vấn đề gì", "yêu cầu gì", "what
     * topics"), which an answering passage states without naming.
     */
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
            "due",
            "latest",
            "earliest",
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
            "lan",
            "nguoi",
            "luc",
            "gio",
            "phan tram",
            "muc do",
            "den muc",
            "den moc",
            "dong chi",
            "uy",
            "noi dung",
            "van de",
            "yeu cau",
            "topic",
            "topics",
            "subject",
            "subjects",
            "matters",
            "issues",
            "content",
            "contents");

    /**
     * Vietnamese nouns that end in a syllable naming a kind of answer ("số", a number) but name a
     * thing themselves: "<u>hệ số</u> lương … là bao nhiêu" asks for a coefficient, "<u>hồ sơ</u> gì"
     * for a dossier.
     */
    private static final Set<String> VIETNAMESE_THINGS = Set.of("he so", "ho so", "chi so");

    /**
     * Vietnamese cues: the focus stands before "nào", "gì", "số mấy", "(như) thế nào" and "ra sao"
     * ("<u>xử lý</u> thế nào", "tạo <u>tài khoản</u> như thế nào": what is done, or to what), and
     * before or after "bao nhiêu"; group 2 and 3 the syllables before it, 1 the one before them, 4
     * and 5 those after "bao nhiêu".
     */
    private static final Pattern VIETNAMESE_CUE = Pattern.compile("\\b(?:(?:(\\w+) )?(\\w+) )?(?!nhu )(\\w+)"
            + " (?:nhu the nao|the nao|ra sao|nao|gi|so may|bao nhieu(?: (\\w+)(?: (\\w+))?)?)\\b");

    /**
     * The head of a Vietnamese body's name: before it, the phrase ahead of "nào" is the rest of a
     * name ("<u>Ban</u> Chỉ đạo nào", "Ban Tổ chức nào"), which asks for a body, not a thing.
     */
    private static final String BODY_HEAD = "ban";

    /** "… là gì", "… là bao nhiêu": the focus opens the clause ("Mục tiêu … là gì"). */
    private static final Pattern VIETNAMESE_CLAUSE =
            Pattern.compile("(?:^|[,;.?!] *)(\\w+ \\w+)[^,;.?!]*? la (?:gi|bao nhieu)\\b");

    /**
     * Syllables right before a cue that name no thing: "thế nào" (how), "là gì", "việc gì", "làm gì",
     * "cái gì", "điều gì", "khi nào", "lúc nào", "những gì", and "được", "có", "còn", "cần" before "bao
     * nhiêu".
     */
    private static final Set<String> VIETNAMESE_NOT_FOCUS = Set.of(
            "the", "la", "sao", "viec", "lam", "cai", "dieu", "khi", "luc", "hoi", "duoc", "dc", "co", "con", "can",
            "phai", "mat", "thu", "cap", "den", "toi", "ra", "vao", "nhung", "cac");

    /**
     * Prepositions, quantifiers and particles that open a phrase before its head ("theo nguyên tắc",
     * "những giấy tờ") or follow "bao nhiêu" without being counted ("bao nhiêu sau sắp xếp", "vậy").
     */
    private static final Set<String> VIETNAMESE_LEADING = Set.of(
            "theo", "cua", "cho", "ve", "o", "tai", "voi", "nhung", "cac", "mot", "moi", "de", "do", "la", "thi", "co",
            "duoc", "can", "phai", "bang", "tu", "trong", "vao", "va", "hay", "hoac", "nhu", "dung", "giao", "sau",
            "truoc", "nua", "roi", "vay", "a", "nhe", "ha");

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
        String text = CONTRACTED.matcher(question).replaceAll("$1 is");
        Set<String> function = QuestionWords.of("en");
        List<String> focus = new ArrayList<>();
        for (Pattern cue : List.of(ENGLISH_CUE, ENGLISH_HOW)) {
            Matcher matcher = cue.matcher(text);
            while (matcher.find()) {
                phrase(matcher, function).stream()
                        .filter(word -> !focus.contains(word))
                        .forEach(focus::add);
            }
        }
        return List.copyOf(focus);
    }

    /** The noun phrase a cue's group 1 opens (group 2: what follows it), as folded words. */
    private static List<String> phrase(Matcher matcher, Set<String> function) {
        List<String> words = List.of(matcher.group(1).strip().split(" "));
        String after = matcher.group(2).strip().toLowerCase(Locale.ROOT);
        List<String> phrase = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String lower = word.toLowerCase(Locale.ROOT);
            String next = i + 1 < words.size() ? words.get(i + 1).toLowerCase(Locale.ROOT) : after;
            if (lower.endsWith("'s")) {
                // A possessor is not the head: "the Politburo's view", "the district's records".
                continue;
            }
            if (Character.isUpperCase(word.charAt(0)) || ANSWER_KINDS.contains(lower)) {
                // A proper name, or a phrase naming the kind of answer ("which Party committee").
                phrase.clear();
                break;
            }
            if (function.contains(lower)
                    || ENGLISH_VERBS.contains(lower)
                    || lower.chars().anyMatch(Character::isDigit)
                    || i > 0 && CLAUSE_OPENERS.contains(next.split(" ")[0])) {
                break;
            }
            phrase.add(lower);
        }
        return phrase;
    }

    private static List<String> vietnamese(String question) {
        // Folded, but with the punctuation that ends a clause kept: "còn bao nhiêu xã, phường".
        String text = Glossary.unaccented(question).replaceAll("[^\\p{L}\\d,;.?!]+", " ");
        List<String> focus = new ArrayList<>();
        Matcher cue = VIETNAMESE_CUE.matcher(text);
        while (cue.find()) {
            if (cue.group(4) != null && !VIETNAMESE_LEADING.contains(cue.group(4))) {
                // "bao nhiêu kinh phí": what is counted or measured follows the cue.
                add(focus, join(cue.group(4), cue.group(5)));
            } else if (!VIETNAMESE_NOT_FOCUS.contains(cue.group(3)) && !BODY_HEAD.equals(cue.group(1))) {
                add(focus, join(cue.group(2), cue.group(3)));
            }
        }
        Matcher clause = VIETNAMESE_CLAUSE.matcher(text);
        while (clause.find()) {
            add(focus, clause.group(1));
        }
        return List.copyOf(focus);
    }

    private static String join(String first, String second) {
        return first == null ? second : second == null ? first : first + " " + second;
    }

    private static void add(List<String> focus, String phrase) {
        String[] syllables = phrase.split(" ");
        String content = VIETNAMESE_LEADING.contains(syllables[0]) && syllables.length > 1 ? syllables[1] : phrase;
        // "cơ quan nào", "ở tuổi bao nhiêu", "bao nhiêu năm" name a kind of answer, whole or by a syllable.
        if (!VIETNAMESE_LEADING.contains(content)
                && !ANSWER_KINDS.contains(content)
                && !ANSWER_KINDS.contains(phrase)
                && !ANSWER_KINDS.contains(syllables[0])
                && (VIETNAMESE_THINGS.contains(content) || !ANSWER_KINDS.contains(syllables[syllables.length - 1]))
                && !focus.contains(content)) {
            focus.add(content);
        }
    }
}
