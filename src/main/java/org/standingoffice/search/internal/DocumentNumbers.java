package org.standingoffice.search.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.standingoffice.knowledge.Glossary;

/**
 * Normalises official document numbers so that "183-KL/TW", "183 KL TW", "183/kl-tw",
 * "kết luận 183" and "Conclusion 183" meet. A number is indexed as its compact form ("183kltw")
 * and its bare number ("183"); a question yields compact candidates for every prefix of letter
 * groups after a number, and a bare number only when a document-type word stands before it, so
 * "15 years" finds no document.
 */
final class DocumentNumbers {

    private static final Pattern NUMBERED_CODE =
            Pattern.compile("(?<![\\p{L}\\d])(\\d{1,5})((?:\\s*[-/ ]\\s*\\p{L}{1,10}){1,4})");
    private static final Pattern LETTER_GROUP = Pattern.compile("\\p{L}+");
    private static final Pattern TYPED_NUMBER = Pattern.compile("(?<![\\p{L}])(?:conclusions?|notice|announcement"
            + "|document|resolution|decree|plan|regulation|report|directive|decision|guidance|circular|slutsats(?:en)?"
            + "|ket luan|thong bao|van ban|nghi quyet|nghi dinh|ke hoach|quy dinh|bao cao|chi thi|quyet dinh"
            + "|huong dan|thong tu|cong van)\\s+(?:no\\s+|number\\s+|so\\s+|nr\\s+)?(\\d{1,5})(?![\\d])");

    private DocumentNumbers() {}

    /** The tokens a document number is indexed under. */
    static Set<String> indexTokens(String number) {
        Set<String> tokens = new LinkedHashSet<>();
        String compact = compact(number);
        if (!compact.isEmpty()) {
            tokens.add(compact);
        }
        Matcher digits = Pattern.compile("\\d+").matcher(number);
        if (digits.find()) {
            tokens.add(digits.group());
        }
        return tokens;
    }

    /** Compact forms of the document numbers a question mentions. */
    static Set<String> compactCandidates(String question) {
        Set<String> candidates = new LinkedHashSet<>();
        Matcher code = NUMBERED_CODE.matcher(question);
        while (code.find()) {
            StringBuilder compact = new StringBuilder(code.group(1));
            Matcher group = LETTER_GROUP.matcher(code.group(2));
            while (group.find()) {
                compact.append(Glossary.fold(group.group()));
                candidates.add(compact.toString());
            }
        }
        return candidates;
    }

    /** Bare numbers a question names with a document type ("Conclusion 183", "kết luận 183"). */
    static Set<String> typedNumbers(String question) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher typed = TYPED_NUMBER.matcher(Glossary.fold(question));
        while (typed.find()) {
            numbers.add(typed.group(1));
        }
        return numbers;
    }

    private static String compact(String number) {
        return Glossary.fold(number).replace(" ", "");
    }
}
