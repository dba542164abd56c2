package org.standingoffice.desk;

import java.util.Optional;

/**
 * A question text the desk does not register, and why. The rule lives here so that every channel
 * can check a text before it promises anything (a Telegram question held for registration) and
 * tell the asker the reason in their language.
 */
public class QuestionRefused extends IllegalArgumentException {

    /** The longest question text, in characters after trimming. */
    public static final int MAX_TEXT = 4000;

    public enum Reason {
        /** Nothing but white space. */
        EMPTY,
        /** Longer than {@link #MAX_TEXT}. */
        TOO_LONG,
        /**
         * Not one letter of any script: only control characters, digits, punctuation, symbols or
         * emoji. Nobody can answer it, and retrieval would find nothing to draft from.
         */
        NO_LETTERS
    }

    private final Reason reason;

    public QuestionRefused(Reason reason) {
        super(
                switch (reason) {
                    case EMPTY -> "the question text is empty";
                    case TOO_LONG -> "the question is longer than " + MAX_TEXT + " characters";
                    case NO_LETTERS -> "the question has no letters";
                });
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Why the text would be refused; empty when the desk takes it. */
    /**
     * @return the text without surrounding white space
     * @throws QuestionRefused when the desk does not take it (see {@link #check})
     */
    public static String require(String text) {
        Optional<Reason> refusal = check(text);
        if (refusal.isPresent()) {
            throw new QuestionRefused(refusal.get());
        }
        return text.strip();
    }

    public static Optional<Reason> check(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return Optional.of(Reason.EMPTY);
        }
        if (stripped.length() > MAX_TEXT) {
            return Optional.of(Reason.TOO_LONG);
        }
        if (stripped.codePoints().noneMatch(Character::isLetter)) {
            return Optional.of(Reason.NO_LETTERS);
        }
        return Optional.empty();
    }
}
