package org.standingoffice.telegram.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Text for Telegram's HTML parse mode. Everything an asker, a drafter or staff wrote is escaped, so
 * no text can make a send fail with "can't parse entities"; only the bot's own templates carry tags.
 */
public final class Html {

    /** Telegram's limit on one message's text. */
    public static final int MAX_MESSAGE = 4096;

    private Html() {}

    /** Escapes the three characters Telegram's HTML mode gives a meaning outside attributes. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The visible text of a message of ours: tags dropped, entities decoded. For a plain resend. */
    public static String toPlain(String html) {
        return html.replaceAll("<[^>]+>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    /** Shortens plain text so that its escaped form fits {@code max}, marking the cut. */
    public static String truncate(String text, int max) {
        if (escape(text).length() <= max) {
            return text;
        }
        return safeCut(text, roomFor(text, max - 1)).stripTrailing() + "…";
    }

    /**
     * Splits plain text into pieces whose escaped form has at most {@code max} characters: at
     * paragraph boundaries where possible, then at line breaks, sentence ends and spaces, and only
     * as a last resort inside a word. Pieces are returned escaped.
     */
    public static List<String> split(String text, int max) {
        if (max < 16) {
            throw new IllegalArgumentException("too little room for a message part: " + max);
        }
        List<String> pieces = new ArrayList<>();
        String rest = text == null ? "" : text.strip();
        while (!rest.isEmpty()) {
            if (escape(rest).length() <= max) {
                pieces.add(escape(rest));
                break;
            }
            int cut = cutPoint(rest, max);
            pieces.add(escape(rest.substring(0, cut).strip()));
            rest = rest.substring(cut).strip();
        }
        if (pieces.isEmpty()) {
            pieces.add("");
        }
        return pieces;
    }

    /** Where to cut so that the escaped head fits: the last good boundary inside the room. */
    private static int cutPoint(String text, int max) {
        int room = roomFor(text, max);
        String head = text.substring(0, room);
        for (String boundary : new String[] {"\n\n", "\n", ". ", "? ", "! ", "; ", " "}) {
            int at = head.lastIndexOf(boundary);
            // A boundary in the first quarter would leave a stub of a part; look for a better one.
            if (at > room / 4) {
                return at + boundary.length();
            }
        }
        return safeCut(text, room).length();
    }

    /** The longest prefix (in chars) whose escaped form fits {@code max}. */
    private static int roomFor(String text, int max) {
        int escapedLength = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int width = c == '&' ? 5 : c == '<' || c == '>' ? 4 : 1;
            if (escapedLength + width > max) {
                break;
            }
            escapedLength += width;
            i++;
        }
        return i;
    }

    /** Never leaves half of a surrogate pair (an emoji) at the end. */
    private static String safeCut(String text, int end) {
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
