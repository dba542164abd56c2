package org.standingoffice.telegram.internal.delivery;

import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Inline buttons under a message, stored with it in the outbox. Their data comes from
 * {@link CallbackData}, which keeps it within Telegram's limit.
 */
public record Keyboard(List<List<Button>> rows) {

    private static final char ROW = '\u001e';
    private static final char BUTTON = '\u001d';
    private static final char FIELD = '\u001f';

    public record Button(String text, String data) {

        public Button {
            CallbackData.requireFits(data);
        }
    }

    public Keyboard {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public static Keyboard of(List<Button> row) {
        return new Keyboard(List.of(row));
    }

    InlineKeyboardMarkup markup() {
        List<InlineKeyboardRow> keyboard = new ArrayList<>();
        for (List<Button> row : rows) {
            InlineKeyboardRow buttons = new InlineKeyboardRow();
            for (Button button : row) {
                buttons.add(InlineKeyboardButton.builder()
                        .text(button.text())
                        .callbackData(button.data())
                        .build());
            }
            keyboard.add(buttons);
        }
        return new InlineKeyboardMarkup(keyboard);
    }

    /** A compact form for the outbox column; control characters never occur in button labels. */
    String encode() {
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0) {
                out.append(ROW);
            }
            List<Button> row = rows.get(r);
            for (int b = 0; b < row.size(); b++) {
                if (b > 0) {
                    out.append(BUTTON);
                }
                out.append(clean(row.get(b).text()))
                        .append(FIELD)
                        .append(row.get(b).data());
            }
        }
        return out.toString();
    }

    static Keyboard decode(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return null;
        }
        List<List<Button>> rows = new ArrayList<>();
        for (String row : encoded.split(String.valueOf(ROW))) {
            List<Button> buttons = new ArrayList<>();
            for (String button : row.split(String.valueOf(BUTTON))) {
                int field = button.indexOf(FIELD);
                buttons.add(new Button(button.substring(0, field), button.substring(field + 1)));
            }
            rows.add(buttons);
        }
        return new Keyboard(rows);
    }

    private static String clean(String text) {
        return text.replace(ROW, ' ').replace(BUTTON, ' ').replace(FIELD, ' ');
    }
}
