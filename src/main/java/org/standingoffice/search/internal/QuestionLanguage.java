package org.standingoffice.search.internal;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.search.QuestionLanguages;

/**
 * Detects the language of a question with Lingua, limited to the languages an office can meet,
 * which makes short texts far more reliable. Vietnamese typed without diacritics reads to a
 * statistical model like noise; when the text is plain ASCII and most of its words are common
 * Vietnamese syllables, it is Vietnamese.
 */
final class QuestionLanguage implements QuestionLanguages {

    private static final Set<String> COMMON_VIETNAMESE_SYLLABLES = Set.of(
            "ai", "bao", "cac", "cach", "cap", "cho", "chu", "co", "cong", "cua", "da", "dan", "dang", "den", "dia",
            "dinh", "doi", "duoc", "gi", "hai", "han", "hanh", "hien", "hoi", "khi", "khong", "la", "lam", "luc", "ly",
            "moi", "nao", "ngay", "nghi", "nguoi", "nhan", "nhu", "nhung", "noi", "phai", "phan", "phuong", "quan",
            "quy", "sao", "se", "tac", "thang", "thi", "thoi", "thu", "thuc", "tinh", "toi", "tra", "trach", "trong",
            "truoc", "tu", "uy", "va", "van", "ve", "viec", "vien", "voi", "xa", "xin", "chot", "cao", "bo", "ban",
            "nhiem", "chiu", "soat", "ra", "ket", "luan", "thong", "chinh", "quyen");
    private static final Pattern ASCII = Pattern.compile("[\\p{ASCII}]*");
    /** Letters only Vietnamese uses among the languages detected here: no model needed. */
    private static final Pattern VIETNAMESE_LETTERS =
            Pattern.compile("[ăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂƠƯĐ]");

    /**
     * Only the languages the knowledge base and the askers use: each further language costs its models in
     * the jar and in memory, and on the dev questions the ten-language detector read fewer of them right
     * (240/253, French taken for Vietnamese typed without diacritics) than these three do. Trigram models
     * only (Lingua's low accuracy mode): on the dev questions they read more of them right (vi 131/134
     * against 126/134 with all five n-gram lengths; en 99/101 and sv 17/18 either way), and they take
     * less memory (issue 20: the service's live heap at readiness went from 102 to 42 MB).
     */
    private final LanguageDetector detector = LanguageDetectorBuilder.fromLanguages(
                    Language.VIETNAMESE, Language.ENGLISH, Language.SWEDISH)
            .withLowAccuracyMode()
            .build();

    /**
     * ISO 639-1 code of the question's language. When nothing can be told (numbers, codes), plain
     * ASCII is taken for English and anything else for Vietnamese, the office's own language.
     */
    @Override
    public String detect(String text) {
        boolean ascii = ASCII.matcher(text).matches();
        if ((ascii && looksLikeUnaccentedVietnamese(text))
                || VIETNAMESE_LETTERS.matcher(text).find()) {
            return "vi";
        }
        Language language = detector.detectLanguageOf(text);
        if (language == Language.UNKNOWN) {
            return ascii ? "en" : "vi";
        }
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeUnaccentedVietnamese(String text) {
        String[] words = Glossary.fold(text).split(" ");
        long vietnamese = Arrays.stream(words)
                .filter(COMMON_VIETNAMESE_SYLLABLES::contains)
                .count();
        return words.length >= 2 && vietnamese * 2 > words.length;
    }
}
