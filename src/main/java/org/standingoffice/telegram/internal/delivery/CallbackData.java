package org.standingoffice.telegram.internal.delivery;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The callback data of every button the bot puts under a message: one type encodes, decodes and
 * checks it against Telegram's 64-byte limit. Data carries short codes and ids, never text. Anything
 * that does not decode (an old client, a forged press, a button meant for the other side) is
 * nothing, and the press is ignored.
 *
 * <p>The formats ({@code lang:vi}, {@code fb:ok:12}, {@code pl:14091}, {@code s:ap:12},
 * {@code e:ok:7}) are those of the buttons already posted, so they keep working.
 */
public sealed interface CallbackData {

    /** Telegram's limit on callback data, in UTF-8 bytes. */
    int MAX_BYTES = 64;

    /** The data Telegram carries back when the button is pressed. */
    String encode();

    /** The button with this label. */
    default Keyboard.Button labelled(String text) {
        return new Keyboard.Button(text, encode());
    }

    /** Buttons pressed by an official in their private chat. */
    sealed interface ForAsker extends CallbackData {}

    /** Buttons pressed by staff in a staff group. */
    sealed interface ForStaff extends CallbackData {}

    /** An answer to "which of these units is yours?" during registration. */
    sealed interface PlaceAnswer extends ForAsker {}

    /** The interface language. */
    record Language(String code) implements ForAsker {
        public Language {
            require(code.matches("[a-z]{2}"), code);
        }

        @Override
        public String encode() {
            return "lang:" + code;
        }
    }

    /** Under an answer: it resolved the question, or it did not. */
    record Feedback(boolean resolved, long questionId) implements ForAsker {
        @Override
        public String encode() {
            return "fb:" + yesNo(resolved) + ":" + questionId;
        }
    }

    /** A unit offered during registration, by its commune code. */
    record PlaceChosen(String communeCode) implements PlaceAnswer {
        public PlaceChosen {
            require(communeCode.matches("[0-9]{1,12}"), communeCode);
        }

        @Override
        public String encode() {
            return "pl:" + communeCode;
        }
    }

    /** None of the units offered during registration is the official's. */
    record NoPlaceFits() implements PlaceAnswer {
        @Override
        public String encode() {
            return "pl:-";
        }
    }

    /** An action on a question's card. */
    record CardAction(Action action, long questionId) implements ForStaff {

        public enum Action {
            APPROVE("ap"),
            EDIT("ed"),
            ESCALATE("es"),
            REJECT("rj"),
            CLAIM("cl"),
            ANSWER("an");

            private final String code;

            Action(String code) {
                this.code = code;
            }

            static Optional<Action> of(String code) {
                return Arrays.stream(values())
                        .filter(action -> action.code.equals(code))
                        .findFirst();
            }
        }

        @Override
        public String encode() {
            return "s:" + action.code + ":" + questionId;
        }
    }

    /** Send or Cancel under the preview of a rewritten draft. */
    record EditDecision(boolean send, long editId) implements ForStaff {
        @Override
        public String encode() {
            return "e:" + yesNo(send) + ":" + editId;
        }
    }

    /** The button this data encodes, if any. */
    static Optional<CallbackData> decode(String data) {
        if (data == null || data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.empty();
        }
        String[] parts = data.split(":", -1);
        CallbackData decoded = switch (parts[0]) {
            case "lang" -> parts.length == 2 && parts[1].matches("[a-z]{2}") ? new Language(parts[1]) : null;
            case "fb" -> parts.length == 3 ? feedback(parts[1], parts[2]) : null;
            case "pl" -> parts.length == 2 ? place(parts[1]) : null;
            case "s" -> parts.length == 3 ? cardAction(parts[1], parts[2]) : null;
            case "e" -> parts.length == 3 ? editDecision(parts[1], parts[2]) : null;
            default -> null;
        };
        return Optional.ofNullable(decoded);
    }

    /** A button an official may press; staff buttons decode to nothing here. */
    static Optional<ForAsker> forAsker(String data) {
        return decode(data).filter(ForAsker.class::isInstance).map(ForAsker.class::cast);
    }

    /** A button staff may press; an official's buttons decode to nothing here. */
    static Optional<ForStaff> forStaff(String data) {
        return decode(data).filter(ForStaff.class::isInstance).map(ForStaff.class::cast);
    }

    /** Refuses data Telegram would refuse, rather than have it refuse the whole message later. */
    static String requireFits(String data) {
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("callback data longer than " + MAX_BYTES + " bytes: " + data);
        }
        return data;
    }

    private static CallbackData feedback(String answer, String id) {
        Boolean resolved = yesNo(answer);
        Long question = id(id);
        return resolved == null || question == null ? null : new Feedback(resolved, question);
    }

    private static CallbackData place(String code) {
        if (code.equals("-")) {
            return new NoPlaceFits();
        }
        return code.matches("[0-9]{1,12}") ? new PlaceChosen(code) : null;
    }

    private static CallbackData cardAction(String code, String id) {
        Long question = id(id);
        return question == null
                ? null
                : CardAction.Action.of(code)
                        .map(action -> new CardAction(action, question))
                        .orElse(null);
    }

    private static CallbackData editDecision(String answer, String id) {
        Boolean send = yesNo(answer);
        Long edit = id(id);
        return send == null || edit == null ? null : new EditDecision(send, edit);
    }

    private static String yesNo(boolean yes) {
        return yes ? "ok" : "no";
    }

    private static Boolean yesNo(String code) {
        return switch (code) {
            case "ok" -> true;
            case "no" -> false;
            default -> null;
        };
    }

    /** A non-negative id, or null for anything else (signs, letters, beyond a long). */
    private static Long id(String digits) {
        if (!digits.matches("[0-9]{1,19}")) {
            return null;
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void require(boolean valid, String value) {
        if (!valid) {
            throw new IllegalArgumentException("not a button value: " + value);
        }
    }
}
