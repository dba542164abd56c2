package org.standingoffice.knowledge;

import java.util.List;
import java.util.Map;

/**
 * How askers type questions on a phone, as an office lists it in {@code
 * knowledge-base/question-typing.yaml}: politeness and filler to drop, phone shorthand to expand,
 * and Vietnamese words whose diacritics may be restored. Phrases match whole words, ignoring case
 * but not diacritics: "dạ" is filler, but "da" typed without accents may be "đã" (already), so it
 * is listed only where its position makes it filler.
 *
 * @param leading filler dropped only at the start of a question ("dạ", "da cho em hoi")
 * @param anywhere filler dropped wherever it stands ("cho em hỏi", "anh chị ơi")
 * @param trailing filler dropped only at the end, repeatedly ("ạ", "vậy", "nhé", "với ạ")
 * @param shorthand whole-word phone abbreviations and acronyms, lower case, to their expansion
 *     ("ko" → "không", "btc tw" → "Ban Tổ chức Trung ương")
 * @param words Vietnamese words and phrases, with diacritics, that questions use and documents
 *     may not ("khi nào", "được không"): vocabulary for restoring diacritics
 */
public record TypingHabits(
        List<String> leading,
        List<String> anywhere,
        List<String> trailing,
        Map<String, String> shorthand,
        List<String> words) {

    public TypingHabits {
        leading = List.copyOf(leading);
        anywhere = List.copyOf(anywhere);
        trailing = List.copyOf(trailing);
        shorthand = Map.copyOf(shorthand);
        words = List.copyOf(words);
    }

    public static TypingHabits none() {
        return new TypingHabits(List.of(), List.of(), List.of(), Map.of(), List.of());
    }
}
