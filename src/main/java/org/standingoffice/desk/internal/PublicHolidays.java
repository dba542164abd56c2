package org.standingoffice.desk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.util.Assert;

/**
 * The days Vietnamese public offices are closed on weekdays, shipped as {@value #RESOURCE} and extended by
 * configuration, e.g. with a day off announced after a release.
 *
 * <p>The file has one {@code YYYY-MM-DD name} per line; blank lines and lines starting with {@code #} are
 * ignored. The name is required so that every date in the file says what it is, but is not kept.
 */
final class PublicHolidays {

    static final String RESOURCE = "desk/holidays-vn.txt";

    private PublicHolidays() {}

    /**
     * The dates in {@value #RESOURCE} plus {@code extraDates}, each {@code YYYY-MM-DD}; duplicates are
     * harmless.
     *
     * @throws IllegalArgumentException if a line of the file, naming its number, or an extra date is not
     *     valid
     * @throws IllegalStateException if the resource is missing from the classpath
     */
    static Set<LocalDate> load(Collection<String> extraDates) {
        Assert.notNull(extraDates, "extra dates must not be null");
        Set<LocalDate> holidays = new HashSet<>(parse(RESOURCE, readResource()));
        for (String extra : extraDates) {
            holidays.add(parseDate(extra == null ? "" : extra.strip(), "extra holiday"));
        }
        return Set.copyOf(holidays);
    }

    /**
     * The dates in {@code text}, which is in the file format.
     *
     * @param source names the text in error messages
     * @throws IllegalArgumentException naming the source and line number of the first invalid line
     */
    static Set<LocalDate> parse(String source, String text) {
        Assert.notNull(text, "text must not be null");
        Set<LocalDate> holidays = new HashSet<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = source + " line " + (i + 1);
            String[] dateAndName = line.split("\\s+", 2);
            Assert.isTrue(
                    dateAndName.length == 2, () -> where + ": expected 'YYYY-MM-DD name' but found '" + line + "'");
            holidays.add(parseDate(dateAndName[0], where));
        }
        return Set.copyOf(holidays);
    }

    private static LocalDate parseDate(String text, String where) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": '" + text + "' is not a date in the form YYYY-MM-DD", e);
        }
    }

    private static String readResource() {
        try (InputStream in = PublicHolidays.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
