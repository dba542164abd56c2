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
 * thêm …" stays a question. A message of courtesy words that greets or calls out instead ("chào
 * a", "xin chào", "alo", "anh chị ơi") is a greeting: officials open a chat so before they ask, and
 * taken as a question it too became a ticket escalated to staff. The words are the office's, from
 * {@link TypingHabits#courtesyThanks()}, {@link TypingHabits#courtesyWords()} and {@link
 * TypingHabits#courtesyGreetings()}.
 */
final class Courtesy {

    /** Longer than any thanks people send; a longer message is read as a question whatever its words. */
    private static final int MAX_WORDS = 10;

    /** Phrases that thank or agree, folded. One of them must be in the message. */
    private final List<String> thanksOrAgrees;

    /** Phrases that greet or call out, folded. A message of courtesy words holding one is a greeting. */
    private final List<String> greetings;

    /** Every word of a courtesy message, folded: the words of the phrases above and the ones said around them. */
    private final Set<String> words;

    private Courtesy(List<String> thanksOrAgrees, List<String> greetings, Set<String> words) {
        this.thanksOrAgrees = thanksOrAgrees;
        this.greetings = greetings;
        this.words = words;
    }

    /** Folds the lists again, so an entry written with diacritics or capitals still matches. */
    static Courtesy of(TypingHabits habits) {
        List<String> thanks = folded(habits.courtesyThanks());
        List<String> greetings = folded(habits.courtesyGreetings());
        Set<String> words = new HashSet<>();
        thanks.forEach(phrase -> words.addAll(Arrays.asList(phrase.split(" "))));
        greetings.forEach(phrase -> words.addAll(Arrays.asList(phrase.split(" "))));
        words.addAll(folded(habits.courtesyWords()));
        return new Courtesy(thanks, greetings, Set.copyOf(words));
    }

    private static List<String> folded(List<String> phrases) {
        return phrases.stream()
                .map(Glossary::fold)
                .filter(phrase -> !phrase.isEmpty())
                .toList();
    }

    /** The message only thanks or agrees. */
    boolean only(String text) {
        return holds(text, thanksOrAgrees);
    }

    /** The message only greets or calls out, and thanks for nothing ({@link #only} is read first). */
    boolean greeting(String text) {
        return !only(text) && holds(text, greetings);
    }

    /** Every word of the message is a courtesy word, and one of {@code phrases} is in it. */
    private boolean holds(String text, List<String> phrases) {
        String folded = Glossary.fold(text);
        if (folded.isEmpty()) {
            return false;
        }
        String[] said = folded.split(" ");
        if (said.length > MAX_WORDS || !Arrays.stream(said).allMatch(words::contains)) {
            return false;
        }
        String padded = " " + folded + " ";
        return phrases.stream().anyMatch(phrase -> padded.contains(" " + phrase + " "));
    }
}
