package org.standingoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text the API shows exists in every language we ship. */
class ApiMessagesTests {

    @ParameterizedTest
    @ValueSource(strings = {"messages_vi.properties", "messages_sv.properties"})
    void everyApiTextIsTranslated(String bundle) throws Exception {
        assertThat(apiKeys(bundle)).isEqualTo(apiKeys("messages.properties"));
    }

    private static Set<String> apiKeys(String bundle) throws Exception {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                ApiMessagesTests.class.getClassLoader().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Set<String> keys = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("api.") || key.startsWith("problemDetail.")) {
                keys.add(key);
            }
        }
        assertThat(keys).isNotEmpty();
        return keys;
    }
}
