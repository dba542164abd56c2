package org.standingoffice.search.internal;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.search.QuestionLanguages;

/**
 * Detects the language of a question with Lingua, limited to the languages an office can meet,
 * which makes short texts far more reliable. Vietnamese typed without diacritics reads to a
 * statistical model like noise, but it has a shape no English sentence has: every word is one
 * Vietnamese syllable (an initial consonant from a closed set, one to three vowels, one of eight
 * endings). Plain ASCII whose words nearly all have that shape is Vietnamese.
 */
final class QuestionLanguage implements QuestionLanguages {

    /**
     * A Vietnamese syllable once its diacritics are gone: "nguoi", "truoc", "nghiep", "xep". Few
     * English words have the shape ("the", "can", "to", "in"), and an English sentence has many that
     * do not ("what", "does", "officials").
     */
    private static final Pattern PLAIN_SYLLABLE = Pattern.compile(
            "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?");
    /** The share of a plain question's words that must be Vietnamese syllables. */
    private static final double SYLLABLE_SHARE = 0.8;
    /** Fewer words than this tell too little; the statistical model decides. */
    private static final int MIN_WORDS = 3;
    /** Codes and numbers ("183-KL/TW", "UBND", "BCĐTW") say nothing of the language around them. */
    private static final Pattern CODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:[\\p{L}\\p{N}]*(?:\\p{N}|[-/])[\\p{L}\\p{N}/-]*|\\p{Lu}{2,})(?![\\p{L}\\p{N}])");

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
        String words = CODE.matcher(text).replaceAll(" ");
        boolean ascii = ASCII.matcher(words).matches();
        if ((ascii && looksLikeUnaccentedVietnamese(words))
                || VIETNAMESE_LETTERS.matcher(words).find()) {
            return "vi";
        }
        Language language = detector.detectLanguageOf(text);
        if (language == Language.UNKNOWN) {
            return ascii ? "en" : "vi";
        }
        return language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeUnaccentedVietnamese(String text) {
        String folded = Glossary.fold(text);
        if (folded.isEmpty()) {
            return false;
        }
        String[] words = folded.split(" ");
        long syllables = Arrays.stream(words)
                .filter(word -> PLAIN_SYLLABLE.matcher(word).matches())
                .count();
        return words.length >= MIN_WORDS && syllables >= SYLLABLE_SHARE * words.length;
    }
}
