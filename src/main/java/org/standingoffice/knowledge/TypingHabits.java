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
 * @param context phrases marking a clause about the asker's own situation ("em là", "xã em", "bên
 *     em"): such a clause, beside another that asks, is context, not terms a passage must carry
 * @param shorthand whole-word phone abbreviations and acronyms, lower case, to their expansion
 *     ("ko" → "không", "btc tw" → "Ban Tổ chức Trung ương")
 * @param words Vietnamese words and phrases, with diacritics, that questions use and documents
 *     may not ("khi nào", "được không"): vocabulary for restoring diacritics
 * @param courtesyThanks phrases that thank or agree, folded (lower case, no diacritics: "cam on",
 *     "ok", "tack"): a message that holds one and otherwise only {@code courtesyWords} is a thanks,
 *     answered kindly and opening no question
 * @param courtesyWords every other word such a message may contain, folded, one word each ("a",
 *     "nhe", "em", "much"); a message with any word outside both lists is read as a question
 * @param courtesyGreetings phrases that greet or call out, folded ("chao", "xin chao", "alo",
 *     "oi"): a message that holds one and otherwise only courtesy words is a greeting, answered
 *     with an invitation to ask and opening no question
 * @param vietnameseWords common Vietnamese words and phrases with their diacritics and a rough
 *     frequency (occurrences per million words), from {@code knowledge-base/vietnamese-words.txt}:
 *     the vocabulary a question typed without diacritics is read back with
 */
public record TypingHabits(
        List<String> leading,
        List<String> anywhere,
        List<String> trailing,
        List<String> context,
        Map<String, String> shorthand,
        List<String> words,
        List<String> courtesyThanks,
        List<String> courtesyWords,
        List<String> courtesyGreetings,
        Map<String, Long> vietnameseWords) {

    public TypingHabits {
        leading = List.copyOf(leading);
        anywhere = List.copyOf(anywhere);
        trailing = List.copyOf(trailing);
        context = List.copyOf(context);
        shorthand = Map.copyOf(shorthand);
        words = List.copyOf(words);
        courtesyThanks = List.copyOf(courtesyThanks);
        courtesyWords = List.copyOf(courtesyWords);
        courtesyGreetings = List.copyOf(courtesyGreetings);
        vietnameseWords = Map.copyOf(vietnameseWords);
    }

    /** These habits with {@code words} as the Vietnamese word list. */
    public TypingHabits withVietnameseWords(Map<String, Long> words) {
        return new TypingHabits(
                leading,
                anywhere,
                trailing,
                context,
                shorthand,
                this.words,
                courtesyThanks,
                courtesyWords,
                courtesyGreetings,
                words);
    }

    public static TypingHabits none() {
        return new TypingHabits(
                List.of(), List.of(), List.of(), List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of());
    }
}
