package org.standingoffice.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.search.AnswerType;

/**
 * Reads the kind of answer a question asks for from its question words, over the folded text so
 * that Vietnamese typed with and without diacritics read alike. The cues are tried in a fixed
 * order: a duration ("bao nhiêu lâu", "how long") is a date question although it says "how
 * much"; an age or a sum of money is a number of a kind ("tuổi bao nhiêu", "how much is the allowance");
 * "who" beats "may" ("can you tell me who…"); "hạn bao nhiêu" (phone-typed "hạn bn") asks the deadline, and
 * "mấy lần một tháng" how often, not a number; "trước ngày" (before the date) only counts
 * when nothing else asks, since it is as often a condition as a question.
 */
final class AskedType {

    /**
     * A day asked for: "on what date", "which day", "vào ngày nào", "ban hành ngày nào", "ngày mấy",
     * "vilket datum". Not "by what date" or "until which day", which a month can answer ("by October
     * 2025"), nor a bare "ngày nào", which officials write for any deadline.
     */
    private static final Pattern DAY =
            Pattern.compile("(?<!\\b(?:by|until|till|before) )\\b(?:what|which) (?:date|day)\\b"
                    + "|\\b(?:vao|ban hanh|ra|ky|hop) ngay nao\\b|\\bngay (?:may|bao nhieu)\\b"
                    + "|\\b(?:vilket datum|vilken dag)\\b");

    private static final Pattern DATE = cues(
            "when|until when|by when|what date|which date|what day|which day|by what date|how long|how often|what time|deadline|due date"
                    + "|nar|hur lange|hur ofta|vilket datum|senast nar|tidsfrist|sista dag"
                    + "|khi nao|bao gio|luc nao|han chot|thoi han|ngay nao|thang nao|nam nao|thoi diem nao|bao lau"
                    + "|bao nhieu lau|cham nhat|moc thoi gian|ky han|thoi gian nao|tu bao gio|den bao gio"
                    + "|(?<!gia )han(?: chot)?(?: la)? bao nhieu(?! lan)|(?:may|bao nhieu) lan (?:mot |1 |moi )?(?:ngay|tuan|thang|quy|nam)");
    private static final Pattern BODY =
            cues("who|whom|whose|which body|which bodies|which ministry|which agency|which office|which committee"
                    + "|which authority|which unit|which level"
                    + "|vem|vilket organ|vilka organ|vilken myndighet|vilket departement|vilken kommitte|vilket kontor"
                    + "|ai|co quan nao|bo nao|ban nao|don vi nao|cap nao|to chuc nao|van phong nao|nganh nao|so nao");
    private static final Pattern NUMBER = cues("how many|how much|what number|what percentage|what share"
            + "|hur manga|hur mycket|hur stor andel"
            + "|bao nhieu|so luong|ty le|may nguoi|may xa|may tinh|may cap");
    /** A number asked for that is money: "how much is the allowance", "bao nhiêu tiền", "mức lương bao nhiêu". */
    private static final Pattern MONEY = cues("money|allowances?|salary|salaries|wages?|pay|fees?|budget|funding|costs?"
            + "|subsid(?:y|ies)|severance|pension|tien|luong|phu cap|tro cap|kinh phi|ngan sach|phi|le phi|chi phi"
            + "|muc ho tro|pengar|lon|lonen|ersattning|bidrag|avgift|kostnad|budget");

    private static final Pattern AGE =
            cues("what age|at what age|how old|retirement age|tuoi|vid vilken alder|hur gammal|alder");
    /** Hours of the day asked for: "opening hours", "giờ làm việc", "làm việc từ mấy giờ", "öppettider". */
    private static final Pattern TIME =
            cues("opening hours|working hours|office hours|business hours|open from|open until"
                    + "|gio lam viec|may gio|gio mo cua|oppettider|oppet|vilken tid pa dagen");

    /**
     * A place asked for: "where", "ở đâu", "tại đâu", "nơi nào", "chỗ nào", "địa điểm nào", "var",
     * "vart" ("var" only opening the question: elsewhere it is "was"). Not "where … come from",
     * which asks for a source ("which broadcaster").
     */
    private static final Pattern PLACE =
            Pattern.compile("\\bwhere\\b(?!.*\\b(?:come|comes|came) from\\b)|\\b(?:o|tai) dau\\b"
                    + "|\\b(?:noi|cho|dia diem|dia ban) nao\\b|^var\\b|\\b(?:vart|vilken plats)\\b");

    private static final Pattern PERMISSION = Pattern.compile(
            "^(?:may|can|could) (?:i|we|a|an|the|communes?|provinces?|officials?)\\b|\\b(?:allowed|permitted|permissible)\\b"
                    + "|\\b(?:far|tillats|tillatet)\\b|\\bco (?:duoc|the)\\b.*\\bkhong\\b|\\bduoc phep\\b"
                    + "|\\bduoc\\b.*\\bkhong\\b");
    private static final Pattern BEFORE_DATE = cues("truoc ngay|by the|no later than|senast");

    /**
     * What a "how many" question counts: the word after the cue ("how many computers", "hur många
     * dagar", "bao nhiêu ngày", "mấy lần"), over the text as written, case ignored. "mấy" typed
     * without its tone ("may") is a cue only in Vietnamese.
     */
    private static final Map<String, Pattern> COUNTED = Map.of(
            "en", counting("how many"),
            "sv", counting("hur många|hur manga"),
            "vi", counting("bao nhiêu|bao nhieu|mấy|may"));

    /**
     * "How many times", "mấy lần", "hur många gånger" ask how often, which "once a month" answers
     * with no number before the word: not a count.
     */
    private static final Pattern HOW_OFTEN = Pattern.compile("times?|lần|lan|gånger|ganger|gång|gang");

    /**
     * Time words are Vietnamese function words when they ask when ("ngày nào"), but what "bao
     * nhiêu năm" counts: read with or without diacritics, "mấy ngày" counts days.
     */
    private static final Set<String> COUNTED_TIME = Set.of("ngày", "tháng", "năm", "tuần", "giờ");

    private AskedType() {}

    /**
     * The words naming what a "how many" question counts, lower case as written, in the question's
     * order; empty when it counts nothing nameable ("bao nhiêu?", "số mấy", "how many of them").
     */
    static List<String> counted(String question, String language) {
        Pattern cue = COUNTED.get(language);
        if (cue == null) {
            return List.of();
        }
        Set<String> functionWords = QuestionWords.of(language);
        List<String> counted = new ArrayList<>();
        Matcher matcher = cue.matcher(question);
        while (matcher.find()) {
            String word = matcher.group(1).toLowerCase(Locale.ROOT);
            if (Glossary.fold(word).length() > 1
                    && (!functionWords.contains(word) || COUNTED_TIME.contains(word))
                    && !HOW_OFTEN.matcher(word).matches()
                    && !counted.contains(word)) {
                counted.add(word);
            }
        }
        return List.copyOf(counted);
    }

    static AnswerType of(String question) {
        String folded = Glossary.fold(question);
        if (TIME.matcher(folded).find()) {
            return AnswerType.TIME;
        }
        if (DAY.matcher(folded).find()) {
            return AnswerType.DAY;
        }
        if (DATE.matcher(folded).find()) {
            return AnswerType.DATE;
        }
        if (BODY.matcher(folded).find()) {
            return AnswerType.BODY;
        }
        if (PLACE.matcher(folded).find()) {
            return AnswerType.PLACE;
        }
        if (AGE.matcher(folded).find() && (NUMBER.matcher(folded).find() || folded.contains("what age"))) {
            return AnswerType.AGE;
        }
        if (NUMBER.matcher(folded).find()) {
            return MONEY.matcher(folded).find() ? AnswerType.AMOUNT : AnswerType.NUMBER;
        }
        if (PERMISSION.matcher(folded).find()) {
            return AnswerType.PERMISSION;
        }
        if (BEFORE_DATE.matcher(folded).find()) {
            return AnswerType.DATE;
        }
        return AnswerType.OTHER;
    }

    private static Pattern counting(String cues) {
        return Pattern.compile(
                "(?<!\\p{L})(?:" + cues + ")\\s+(\\p{L}+)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Pattern cues(String alternatives) {
        return Pattern.compile("\\b(?:" + alternatives + ")\\b");
    }
}
