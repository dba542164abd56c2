package org.standingoffice.telegram.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The buttons an official presses in their private chat, as Telegram's callback data: one place
 * encodes, decodes and checks them. Data carries codes and ids, never text, so it stays far below
 * Telegram's 64 bytes; anything that does not decode (an old client, a forged press) is ignored.
 */
sealed interface AskerButton {

    /** Telegram's limit on callback data, in UTF-8 bytes. */
    int MAX_BYTES = 64;

    String data();

    /** The interface language. */
    record Language(String code) implements AskerButton {
        public Language {
            require(code.matches("[a-z]{2}"), code);
        }

        @Override
        public String data() {
            return "lang:" + code;
        }
    }

    /** Under an answer: it resolved the question, or it did not. */
    record Feedback(boolean resolved, long questionId) implements AskerButton {
        @Override
        public String data() {
            return "fb:" + (resolved ? "ok" : "no") + ":" + questionId;
        }
    }

    /** A unit offered during registration, by its commune code. */
    record PlaceChosen(String communeCode) implements AskerButton {
        public PlaceChosen {
            require(communeCode.matches("[0-9]{1,12}"), communeCode);
        }

        @Override
        public String data() {
            return "pl:" + communeCode;
        }
    }

    /** None of the units offered during registration is the official's. */
    record NoPlaceFits() implements AskerButton {
        @Override
        public String data() {
            return "pl:-";
        }
    }

    Pattern FORMAT = Pattern.compile("lang:([a-z]{2})|fb:(ok|no):([0-9]{1,19})|pl:(-|[0-9]{1,12})");

    static Optional<AskerButton> decode(String data) {
        if (data == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(data);
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(1) != null) {
            return Optional.of(new Language(m.group(1)));
        }
        if (m.group(2) != null) {
            try {
                return Optional.of(new Feedback(m.group(2).equals("ok"), Long.parseLong(m.group(3))));
            } catch (NumberFormatException e) {
                return Optional.empty(); // beyond any question id
            }
        }
        return Optional.of(m.group(4).equals("-") ? new NoPlaceFits() : new PlaceChosen(m.group(4)));
    }

    private static void require(boolean valid, String value) {
        if (!valid) {
            throw new IllegalArgumentException("not a button value: " + value);
        }
    }

    /** The button with this label; refuses data Telegram would refuse. */
    default Keyboard.Button labelled(String text) {
        String data = data();
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("callback data longer than " + MAX_BYTES + " bytes: " + data);
        }
        return new Keyboard.Button(text, data);
    }
}
