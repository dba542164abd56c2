package org.standingoffice.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.standingoffice.StandingOfficeApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code calibrate} as the jar runs it, on the three-item labelled file over the shipped knowledge
 * base: the answerable item is asked again without its answering passages, and the model written
 * counts that counterfactual example among its unanswerable ones.
 */
class CalibrateCommandIntegrationTests {

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private InputStream originalIn;

    @BeforeEach
    void captureStandardOutput() {
        originalOut = System.out;
        originalIn = System.in;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream(new byte[0]));
    }

    @AfterEach
    void restoreStandardStreams() {
        System.setOut(originalOut);
        System.setIn(originalIn);
    }

    @Test
    void eachAnswerableQuestionIsAlsoFittedOnAsACounterfactualUnanswerableOne() throws Exception {
        Path model = dataDir.resolve("model.json");

        int status = CommandLine.run(StandingOfficeApplication.class, new String[] {
            "calibrate",
            "src/test/resources/eval/tiny-labelled.jsonl",
            "--alqac",
            "none",
            "--out",
            model.toString(),
            "--data-dir",
            dataDir.toString()
        });

        assertThat(status).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("3 questions, 1 counterfactual");
        JsonNode fittedOn = JsonMapper.builder()
                .build()
                .readTree(Files.readString(model))
                .path("regimes")
                .path("*")
                .path("fitted_on");
        assertThat(fittedOn.path("examples").asInt()).isEqualTo(4);
        assertThat(fittedOn.path("unanswerable").asInt()).isEqualTo(3);
        assertThat(fittedOn.path("counterfactual").asInt()).isEqualTo(1);
    }
}
