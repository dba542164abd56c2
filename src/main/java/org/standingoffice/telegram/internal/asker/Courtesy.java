package org.standingoffice.telegram.internal.asker;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.standingoffice.knowledge.Glossary;

/**
 * A message that only thanks or acknowledges ("Dạ em cảm ơn ạ", "ok a", "thanks!", "tack så
 * mycket"): officials write one after an answer, as they would to a person. It is not a question:
 * taken as one it became a ticket escalated to staff with a due time, and the official was told a
 * person would answer their thanks. Read on the folded text (no diacritics), so "cam on" and "cảm
 * ơn" are one; every word must be courtesy and one of them thanks or agrees, so "cảm ơn, cho em hỏi
 * thêm …" stays a question.
 */
final class Courtesy {

    /** Longer than any thanks people send; a longer message is read as a question whatever its words. */
    private static final int MAX_WORDS = 10;

    /** Phrases that thank or agree, folded. One of them must be in the message. */
    private static final List<String> THANKS_OR_AGREES =
            List.of("cam on", "thanks", "thank", "thx", "tks", "ok", "oke", "okay", "okie", "vang", "da", "ro", "tack");

    /** Every word of a courtesy message, folded: the words above and the ones said around them. */
    private static final Set<String> WORDS = Set.of(
            "cam", "on", "thanks", "thank", "thx", "tks", "ok", "oke", "okay", "okie", "vang", "da", "ro", "roi", "a",
            "ak", "nhe", "nha", "nhieu", "rat", "lam", "em", "anh", "chi", "ban", "minh", "toi", "ad", "you", "very",
            "much", "so", "tack", "sa", "mycket");

    private Courtesy() {}

    static boolean only(String text) {
        String folded = Glossary.fold(text);
        if (folded.isEmpty()) {
            return false;
        }
        String[] words = folded.split(" ");
        if (words.length > MAX_WORDS || !Arrays.stream(words).allMatch(WORDS::contains)) {
            return false;
        }
        String padded = " " + folded + " ";
        return THANKS_OR_AGREES.stream().anyMatch(phrase -> padded.contains(" " + phrase + " "));
    }
}
