package org.standingoffice.telegram.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The buttons staff press in a staff group, as Telegram's callback data: one place encodes,
 * decodes and checks them (the counterpart of {@link AskerButton}). The format is the one cards
 * already posted carry, so they keep working.
 */
sealed interface StaffButton {

    String data();

    /** An action on a question's card. */
    record CardAction(Action action, long questionId) implements StaffButton {

        enum Action {
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
        public String data() {
            return "s:" + action.code + ":" + questionId;
        }
    }

    /** Send or Cancel under the preview of a rewritten draft. */
    record EditDecision(boolean send, long editId) implements StaffButton {
        @Override
        public String data() {
            return "e:" + (send ? "ok" : "no") + ":" + editId;
        }
    }

    Pattern FORMAT = Pattern.compile("s:([a-z]{2}):([0-9]{1,19})|e:(ok|no):([0-9]{1,19})");

    static Optional<StaffButton> decode(String data) {
        if (data == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(data);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            if (m.group(1) != null) {
                long id = Long.parseLong(m.group(2));
                return CardAction.Action.of(m.group(1)).map(action -> new CardAction(action, id));
            }
            return Optional.of(new EditDecision(m.group(3).equals("ok"), Long.parseLong(m.group(4))));
        } catch (NumberFormatException e) {
            return Optional.empty(); // beyond any id
        }
    }

    /** The button with this label; refuses data Telegram would refuse. */
    default Keyboard.Button labelled(String text) {
        String data = data();
        if (data.getBytes(StandardCharsets.UTF_8).length > AskerButton.MAX_BYTES) {
            throw new IllegalArgumentException("callback data longer than 64 bytes: " + data);
        }
        return new Keyboard.Button(text, data);
    }
}
