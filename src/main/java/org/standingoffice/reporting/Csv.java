package org.standingoffice.reporting;

import java.util.List;

/**
 * CSV as RFC 4180 writes it, with a UTF-8 byte-order mark so that Excel reads Vietnamese text
 * correctly. Cells that a spreadsheet would run as a formula (OWASP's CSV injection list) are
 * prefixed with an apostrophe.
 */
public final class Csv {

    /**
     * First characters that make a spreadsheet read a cell as a formula: {@code = + - @}, and tab
     * and carriage return, which some spreadsheets skip before looking at the next character.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder out = new StringBuilder("\uFEFF");

    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    public Csv row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
