package org.standingoffice.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.standingoffice.StandingOfficeApplication;

/**
 * A fresh installation gets an admin: with the password from {@code OFFICE_ADMIN_PASSWORD}, or
 * with a generated one that is logged once and never again. Starts the whole service on a free
 * port, as an operator would.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

    private static final Pattern GENERATED = Pattern.compile("generated password\\s+(\\S+)");

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theConfiguredPasswordSignsTheFirstAdminIn(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext service = start("--OFFICE_ADMIN_PASSWORD=configured admin pw")) {
            assertThat(listAccounts(service, "admin", "configured admin pw")).isEqualTo(200);
            assertThat(listAccounts(service, "admin", "another password")).isEqualTo(401);
        }
        assertThat(output).doesNotContain("configured admin pw").doesNotContain("generated password");
    }

    @Test
    void withoutAPasswordOneIsGeneratedLoggedOnceAndWorks(CapturedOutput output) throws Exception {
        String password;
        try (ConfigurableApplicationContext service = start("--office.console.admin-password=")) {
            Matcher logged = GENERATED.matcher(output.getOut());
            assertThat(logged.find()).as("the generated password is logged").isTrue();
            password = logged.group(1);
            assertThat(listAccounts(service, "admin", password)).isEqualTo(200);
        }

        try (ConfigurableApplicationContext restarted = start("--office.console.admin-password=")) {
            assertThat(listAccounts(restarted, "admin", password)).isEqualTo(200);
        }
        assertThat(occurrences(output.getAll(), password))
                .as("logged on the first start only")
                .isEqualTo(1);
        assertThat(output.getOut()).contains("WARN");
    }

    private ConfigurableApplicationContext start(String... arguments) {
        String[] all = Stream.concat(
                        Stream.of(
                                "--office.data-dir=" + dataDir,
                                // Nothing is asked: neither the index nor the warm-ups that answer questions
                                // before readiness have anything to do with the first admin.
                                "--office.search.index-on-startup=false",
                                "--office.search.warm-up=false",
                                "--server.port=0"),
                        Stream.of(arguments))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(StandingOfficeApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .run(all);
    }

    private int listAccounts(ConfigurableApplicationContext service, String username, String password)
            throws Exception {
        String port = service.getEnvironment().getProperty("local.server.port");
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/accounts"))
                .header("Authorization", "Basic " + credentials)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
