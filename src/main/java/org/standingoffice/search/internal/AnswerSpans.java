package org.standingoffice.search.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.GlossaryTerm;
import org.standingoffice.search.AnswerType;

/**
 * Whether a text carries the kind of answer a question asks for: a date or period, a named body, a
 * number, a sum of money, an age. Patterns over the text as written find what case and punctuation tell ("1.8.2025",
 * "Ministry of Home Affairs", "Bộ Nội vụ"); patterns over the folded text find words in any
 * spelling ("hàng tháng", "hang thang").
 */
public final class AnswerSpans {

    /** A date in digits: "16/5", "1.8.2025", "5/2025". */
    static final Pattern NUMERIC_DATE =
            Pattern.compile("(?<!\\d)\\d{1,2}[./-]\\d{1,2}(?:[./-]\\d{2,4})?(?!\\d)|(?<!\\d)\\d{1,2}/\\d{4}(?!\\d)");

    /** English and Swedish month names, folded. */
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october"
            + "|november|december|januari|februari|mars|maj|juni|juli|augusti|oktober";

    /**
     * A day of a month, over folded text: "august 1", "1 august", "16 maj", "the 25th", "ngay 25",
     * "den 4"; digits such as "16/5" are {@link #NUMERIC_DATE}'s.
     */
    private static final Pattern DAY_WORDS = Pattern.compile("\\b(?:(?:" + MONTHS + ") \\d{1,2}(?!\\d)"
            + "|\\d{1,2} (?:" + MONTHS + ")"
            + "|\\d{1,2}(?:st|nd|rd|th)|ngay \\d{1,2}(?!\\d)|den \\d{1,2}(?!\\d))\\b");

    /** {@link #MONTHS} as written in running text, English and Swedish. */
    private static final String MONTHS_CAPITALISED = "January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Januari|Februari|Mars|Maj|Juni|Juli|Augusti|Oktober";

    private static final Pattern YEAR = Pattern.compile("(?<![\\d-])(?:19|20)\\d{2}(?![\\d-])");
    /** Month names, ordinal days and periods, over folded text (no diacritics, lower case). */
    private static final Pattern DATE_WORDS = Pattern.compile("\\b(?:"
            + "january|february|march|april|may \\d{1,2}|june|july|august|september|october|november|december"
            + "|januari|februari|mars|maj|juni|juli|augusti|oktober"
            + "|\\d{1,2}(?:st|nd|rd|th)|quarterly|monthly|annually|weekly|yearly"
            + "|(?:each|every|per) (?:day|week|month|quarter|year)"
            + "|(?:once|twice|\\d+ times|two times|three times) (?:a|per|each|every) (?:day|week|month|quarter|year)|within \\d+ (?:working )?(?:days|weeks|months)"
            + "|(?:varje|per) (?:dag|vecka|manad|kvartal|ar)|(?:en|tva) gang(?:er)? (?:i|per) (?:veckan|manaden|kvartalet|aret)|kvartalsvis|manadsvis|arligen|senast den"
            + "|inom \\d+ (?:dagar|veckor|manader)"
            + "|thang \\d{1,2}|ngay \\d{1,2}|quy [i1-4]v?\\b|nam \\d{4}"
            + "|(?:hang|moi) (?:ngay|tuan|thang|quy|nam)|dinh ky|trong (?:vong|thoi han) \\d+"
            + ")\\b");
    /** Bodies as documents name them, capitalised, over the text as written. */
    private static final Pattern NAMED_BODY = Pattern.compile("\\b(?:"
            + "Ministry|Ministries|Committee|Committees|Commission|Office|Offices|Council|Government|Politburo"
            + "|Secretariat|Assembly|Board|Agency|Bureau|Department|Inspectorate|Front|People's Committees?)\\b"
            + "|\\b(?:ministries|agencies|localities|[Pp]arty committees|sectors)\\b"
            + "|\\b\\p{Lu}\\p{L}*(?:kommitt[ée]n|departementet|ministeriet|kontoret|sekretariatet|byr[åa]n|regeringen)\\b"
            + "|\\b(?:regeringen|ministerierna|myndigheterna|partikommitt[ée]erna)\\b"
            + "|(?<!\\p{L})(?:Bộ|Ban|Sở|Cục|Vụ|Ủy ban|Uỷ ban|Hội đồng|Văn phòng|Đảng ủy|Đảng uỷ|Tỉnh ủy|Tỉnh uỷ|Thành ủy"
            + "|Thành uỷ|Mặt trận|Chính phủ|Quốc hội|Thủ tướng) \\p{Lu}?");

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d])\\d++(?:[.,]\\d++)*+(?!-?\\p{Lu})");
    private static final Pattern NUMBER_WORDS = Pattern.compile("\\b(?:"
            + "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|hundred|thousand|half|percent"
            + "|tva|fyra|fem|sex|sju|atta|nio|tio|hundra|tusen|procent"
            + "|hai|muoi|tram|nghin|phan tram)\\b");

    /** A time of day, lower case without diacritics: "8:00", "7h30", "8 a.m.", "from 8 to 17 hours", "klockan 8". */
    private static final Pattern TIME_OF_DAY =
            Pattern.compile("(?<![\\d.,])\\d{1,2}(?::\\d{2}|h\\d{2}\\b|h\\b| ?[ap]\\.?m\\b\\.?"
                    + "| gio\\b| o'clock| hours\\b)|\\bklockan \\d{1,2}\\b|\\bkl\\. ?\\d{1,2}\\b");
    /** A sum of money or a rate of pay, lower case without diacritics: "1.5 million dong", "2,34 lần mức lương cơ sở", "20%". */
    private static final Pattern AMOUNT = Pattern.compile("\\d(?:[\\d.,]*\\d)?\\s*(?:%|percent|phan tram|procent"
            + "|(?:million|billion|thousand|trieu|ty|nghin|ngan|miljoner|miljarder|tusen)?\\s*(?:vnd|dong|d|kronor|kr|sek|usd)\\b"
            + "|(?:lan|times) (?:muc )?(?:luong|the base salary|basic salary|base salary)"
            + "|(?:million|billion|trieu|ty)\\b)"
            + "|\\b(?:vnd|usd)\\s*\\d");
    /** An age in years, lower case without diacritics: "60 years old", "age of 60", "đủ 60 tuổi", "62 års ålder". */
    private static final Pattern AGE = Pattern.compile("\\d{2}\\s*(?:years? old|years of age|tuoi|ars alder|ar gammal)"
            + "|\\bage (?:of )?\\d{2}\\b|\\btuoi \\d{2}\\b|\\balder (?:av )?\\d{2}\\b");

    /**
     * A place, over the text as written: a word for a place or premises ("headquarters", "venue",
     * "trụ sở", "địa điểm", "nơi", "lokal"), or "in", "at", "tại", "ở", "i", "på" before a
     * capitalised name that is no month and no part of a document ("in Hanoi", "tại Hà Nội", not "in
     * October" or "at Conclusion 183").
     */
    private static final Pattern PLACE = Pattern.compile("(?<![\\p{L}\\p{M}])(?:"
            + "(?:headquarters|venues?|premises|location|located|address"
            + "|trụ sở|địa điểm|địa bàn|địa chỉ|nơi|hội trường|lokal|lokalerna|huvudkontor|adress)(?![\\p{L}\\p{M}])"
            + "|(?:in|at|tại|ở|i|på) (?!(?:" + MONTHS_CAPITALISED + "|Article|Clause|Point|Section|Conclusion"
            + "|Resolution|Decision|Decree|Notice|Plan|Directive|Regulation|Điều|Khoản|Điểm|Mục|Kết luận"
            + "|Nghị quyết|Nghị định|Quyết định|Quy định|Thông báo|Thông tư|Kế hoạch|Chỉ thị|Tháng|Năm|Quý)"
            + "(?![\\p{L}\\p{M}]))\\p{Lu})");

    /** Numbers as words that count on their own in English ("one computer", "a dozen staff"). */
    private static final Pattern COUNT_WORDS = Pattern.compile("one|single|dozen");

    /** A number, not glued to a date or a document number, and the lower-case word after it. */
    private static final Pattern QUANTITY = Pattern.compile("(?<![\\p{L}\\d.,/-])(\\d+(?:[.,]\\d{3})*|"
            + "two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|hundred|thousand|"
            + "två|tre|fyra|fem|sex|sju|åtta|nio|tio|hai|ba|bốn|sáu|bảy|tám|chín|mười)"
            + "(?![\\d.,/-]\\S)\\s+(\\p{Ll}+)");

    private static final Pattern MONTH = Pattern.compile(MONTHS);

    /** How many words before what is counted its number may stand: "15 years", "at least 2 desktop computers". */
    private static final int COUNT_REACH = 3;

    private AnswerSpans() {}

    /**
     * Whether {@code text} gives a number of {@code counted}: a number (in digits or words) at most
     * {@link #COUNT_REACH} words before the word, or before a word that differs from it only in its
     * ending ("day" in "15 days", "dag" in "30 dagar"). "How many computers" is not answered by a
     * passage whose only number is a date.
     */
    public static boolean counts(String text, String counted) {
        String[] words = Glossary.fold(text).split(" ");
        String wanted = Glossary.fold(counted);
        for (int i = 0; i < words.length; i++) {
            if (!sameWord(words[i], wanted)) {
                continue;
            }
            for (int j = Math.max(0, i - COUNT_REACH); j < i; j++) {
                if (words[j].chars().allMatch(Character::isDigit)
                        || NUMBER_WORDS.matcher(words[j]).matches()
                        || COUNT_WORDS.matcher(words[j]).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A number that counts something, in a text in another language than the question: digits or a
     * number word followed by a lower-case word ("15 years", "34 provinces", "two deputies"), where
     * the number is no year and not part of a date or a document number ("August 31, 2025",
     * "183-KL/TW", "No. 150 of"). The word after it must not be a month or a function word of
     * {@code language}.
     */
    public static boolean hasQuantity(String text, String language) {
        Matcher matcher = QUANTITY.matcher(text);
        while (matcher.find()) {
            String number = matcher.group(1);
            String word = matcher.group(2);
            boolean year = number.matches("(?:19|20)\\d{2}");
            if (!year
                    && !MONTH.matcher(Glossary.fold(word)).matches()
                    && !QuestionWords.of(language).contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The same word, or one with another ending of at most three letters after a common stem of three. */
    private static boolean sameWord(String word, String wanted) {
        if (word.equals(wanted)) {
            return true;
        }
        String shorter = word.length() < wanted.length() ? word : wanted;
        String longer = shorter == word ? wanted : word;
        return shorter.length() >= 3 && longer.startsWith(shorter) && longer.length() - shorter.length() <= 3;
    }

    /** Whether {@code text} carries {@code type}; see {@link AnswerType#carriedBy(String, Glossary)}. */
    public static boolean carries(AnswerType type, String text, Glossary glossary) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (type) {
            case DATE -> hasDate(text);
            case DAY -> hasDay(text);
            case BODY -> hasBody(text, glossary);
            case NUMBER -> hasNumber(text);
            case AMOUNT -> AMOUNT.matcher(Glossary.unaccented(text)).find();
            case AGE -> AGE.matcher(Glossary.unaccented(text)).find();
            case TIME -> TIME_OF_DAY.matcher(Glossary.unaccented(text)).find();
            case PLACE -> PLACE.matcher(text).find();
            case PERMISSION, OTHER -> true;
        };
    }

    static boolean hasDate(String text) {
        return NUMERIC_DATE.matcher(text).find()
                || YEAR.matcher(text).find()
                || DATE_WORDS.matcher(Glossary.fold(text)).find();
    }

    static boolean hasDay(String text) {
        Matcher numeric = NUMERIC_DATE.matcher(text);
        while (numeric.find()) {
            // "5/2025" is a month.
            if (!numeric.group().matches("\\d{1,2}/\\d{4}")) {
                return true;
            }
        }
        return DAY_WORDS.matcher(Glossary.fold(text)).find();
    }

    static boolean hasBody(String text, Glossary glossary) {
        if (NAMED_BODY.matcher(text).find()) {
            return true;
        }
        List<GlossaryTerm> terms = glossary.termsIn(text);
        return terms.stream().anyMatch(term -> "institutions".equals(term.topic()));
    }

    static boolean hasNumber(String text) {
        return NUMBER.matcher(text).find()
                || NUMBER_WORDS.matcher(Glossary.fold(text)).find();
    }
}
