package org.standingoffice.knowledge.internal;

/** Lower-case Roman numerals as used for sub-points, "(i)" to "(xxxix)". */
final class RomanNumerals {

    private static final int[] VALUES = {10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"x", "ix", "v", "iv", "i"};

    private RomanNumerals() {}

    static String toRoman(int number) {
        StringBuilder roman = new StringBuilder();
        int rest = number;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                roman.append(SYMBOLS[i]);
                rest -= VALUES[i];
            }
        }
        return roman.toString();
    }

    static int fromRoman(String roman) {
        int total = 0;
        for (int i = 0; i < roman.length(); i++) {
            int value = valueOf(roman.charAt(i));
            boolean subtractive = i + 1 < roman.length() && value < valueOf(roman.charAt(i + 1));
            total += subtractive ? -value : value;
        }
        return total;
    }

    private static int valueOf(char symbol) {
        return switch (symbol) {
            case 'i' -> 1;
            case 'v' -> 5;
            case 'x' -> 10;
            default -> throw new IllegalArgumentException("not a Roman numeral: " + symbol);
        };
    }
}
