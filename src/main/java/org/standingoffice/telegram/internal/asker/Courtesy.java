package org.standingoffice.telegram.internal.asker;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.knowledge.TypingHabits;

/**
 * A message that only thanks or acknowledges ("Dạ em cảm ơn ạ", "ok a", "thanks!", "tack så
 * mycket"): officials write one after an answer, as they would to a person. It is not a question:
 * taken as one it became a ticket escalated to staff with a due time, and the official was told a
 * person would answer their thanks. Read on the folded text (no diacritics), so "cam on" and "cảm
 * ơn" are one; every word must be courtesy and one of them thanks or agrees, so "cảm ơn, cho em hỏi
 * thêm …" stays a question. The words are the office's, from {@link TypingHabits#courtesyThanks()}
 * and {@link TypingHabits#courtesyWords()}.
 */
final class Courtesy {

    /** Longer than any thanks people send; a longer message is read as a question whatever its words. */
    private static final int MAX_WORDS = 10;

    /** Phrases that thank or agree, folded. One of them must be in the message. */
    private final List<String> thanksOrAgrees;

    /** Every word of a courtesy message, folded: the words of the phrases above and the ones said around them. */
    private final Set<String> words;

    private Courtesy(List<String> thanksOrAgrees, Set<String> words) {
        this.thanksOrAgrees = thanksOrAgrees;
        this.words = words;
    }

    /** Folds the lists again, so an entry written with diacritics or capitals still matches. */
    static Courtesy of(TypingHabits habits) {
        List<String> thanks = habits.courtesyThanks().stream()
                .map(Glossary::fold)
                .filter(phrase -> !phrase.isEmpty())
                .toList();
        Set<String> words = new HashSet<>();
        thanks.forEach(phrase -> words.addAll(Arrays.asList(phrase.split(" "))));
        habits.courtesyWords().stream()
                .map(Glossary::fold)
                .filter(word -> !word.isEmpty())
                .forEach(words::add);
        return new Courtesy(thanks, Set.copyOf(words));
    }

    boolean only(String text) {
        String folded = Glossary.fold(text);
        if (folded.isEmpty()) {
            return false;
        }
        String[] said = folded.split(" ");
        if (said.length > MAX_WORDS || !Arrays.stream(said).allMatch(words::contains)) {
            return false;
        }
        String padded = " " + folded + " ";
        return thanksOrAgrees.stream().anyMatch(phrase -> padded.contains(" " + phrase + " "));
    }
}
