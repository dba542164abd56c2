package org.standingoffice.cli.internal;

import java.util.OptionalInt;
import org.standingoffice.cli.CliArguments;

/** A positive whole-number option, such as {@code --questions 100}. */
final class CountOption {

    private CountOption() {}

    /** The option's value, {@code fallback} when it is absent, empty when it is not a positive number. */
    static OptionalInt read(CliArguments arguments, String name, int fallback) {
        String value = arguments.option(name, null);
        if (value == null) {
            return OptionalInt.of(fallback);
        }
        try {
            int count = Integer.parseInt(value);
            return count > 0 ? OptionalInt.of(count) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
