package org.standingoffice.desk.internal;

/**
 * The one rule for comparing a text staff send with the machine draft: browsers submit a
 * textarea with {@code \r\n}, and editors leave trailing spaces; neither is an edit.
 */
final class AnswerText {

    private AnswerText() {}

    /** Line endings as {@code \n}, no trailing whitespace on any line, none around the whole. */
    static String normalise(String text) {
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("[\\h\\x0B\\f]+\n", "\n")
                .strip();
    }

    /** Whether sending {@code sent} instead of {@code drafted} changes anything the asker reads. */
    static boolean edited(String sent, String drafted) {
        return !normalise(sent).equals(normalise(drafted));
    }
}
