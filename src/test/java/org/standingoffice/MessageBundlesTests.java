package org.standingoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text of the bot, the console and the API exists in every language we ship, with the same
 * arguments: a translation that drops {1} would silently lose the due time or the asker's name.
 */
class MessageBundlesTests {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    @ParameterizedTest
    @ValueSource(strings = {"messages_vi.properties", "messages_sv.properties"})
    void everyTextIsTranslated(String bundle) throws Exception {
        assertThat(load(bundle).keySet()).isEqualTo(load("messages.properties").keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages_vi.properties", "messages_sv.properties"})
    void everyTranslationUsesTheSameArguments(String bundle) throws Exception {
        Map<String, String> english = load("messages.properties");
        Map<String, String> translated = load(bundle);
        english.forEach((key, text) -> {
            if (translated.containsKey(key)) {
                assertThat(arguments(translated.get(key)))
                        .as(bundle + " " + key)
                        .isEqualTo(arguments(text));
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_vi.properties", "messages_sv.properties"})
    void noTextIsEmpty(String bundle) throws Exception {
        assertThat(load(bundle))
                .isNotEmpty()
                .allSatisfy(
                        (key, text) -> assertThat(text).as(bundle + " " + key).isNotBlank());
    }

    /**
     * The report's labels (figures, headings, columns, legends, bar names) are sentence case in every
     * language: a label that starts in lower case ("escalation rate" under "SLA breaches") reads as a
     * slip on a page an office prints and sends on. The day pattern is a format, not a label.
     */
    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_vi.properties", "messages_sv.properties"})
    void theReportsLabelsAreSentenceCase(String bundle) throws Exception {
        assertThat(load(bundle)).isNotEmpty().allSatisfy((key, text) -> {
            if (key.startsWith("console.report.") && !key.equals("console.report.dayPattern")) {
                assertThat(text.codePointAt(0))
                        .as(bundle + " " + key)
                        .matches(first -> !Character.isLowerCase(first), "does not start in lower case");
            }
        });
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Map<String, String> load(String bundle) throws Exception {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                MessageBundlesTests.class.getClassLoader().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
        return texts;
    }
}
