package org.standingoffice.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standingoffice.drafting.DraftingProperties;

class DecisionModelTests {

    @Test
    void aModelReadsBackAsWritten() {
        int d = DecisionFeatures.NAMES.size();
        double[] means = new double[d];
        double[] scales = new double[d];
        double[] weights = new double[d + 1];
        for (int j = 0; j < d; j++) {
            means[j] = j / 10.0;
            scales[j] = 1 + j;
            weights[j + 1] = j % 2 == 0 ? 0.5 : -0.25;
        }
        DecisionModel written = new DecisionModel(
                "decision-4", DecisionFeatures.NAMES, means, scales, weights, 1.3, -0.2, 0.41, Map.of("examples", 12));
        double[] x = new double[d];
        java.util.Arrays.fill(x, 0.7);

        DecisionModel read =
                DecisionModel.read(new ByteArrayInputStream(written.toJson().getBytes(StandardCharsets.UTF_8)));

        assertThat(read.version()).isEqualTo("decision-4");
        assertThat(read.threshold()).isEqualTo(0.41);
        assertThat(read.confidence(x)).isEqualTo(written.confidence(x));
    }

    @Test
    void aModelForOtherFeaturesIsRefused() {
        String json = """
                {"version":"decision-1","features":["coverage"],"means":[0],"scales":[1],"weights":[0,1],
                 "platt":{"a":1,"b":0},"threshold":0.5}
                """;

        assertThatThrownBy(() -> DecisionModel.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("decision-1");
    }

    @Test
    void eachRegimeReadsBackWithItsOwnThresholdAndOtherRegimesTakeTheDefault() {
        DecisionModel law = model("decision-5", 0.6);
        DecisionModel fallback = model("decision-5", 0.95);
        DecisionRegimes written =
                new DecisionRegimes("decision-5", Map.of("vi-vi", law, DecisionRegimes.DEFAULT, fallback));

        DecisionRegimes read =
                DecisionRegimes.read(new ByteArrayInputStream(written.toJson().getBytes(StandardCharsets.UTF_8)));

        assertThat(read.version()).isEqualTo("decision-5");
        assertThat(read.forRegime("vi-vi").threshold()).isEqualTo(0.6);
        assertThat(read.forRegime("vi-other").threshold()).isEqualTo(0.95);
        assertThat(read.forRegime("en-en").threshold()).isEqualTo(0.95);
    }

    @Test
    void aFileWithoutRegimesIsOneModelForAll() {
        int d = DecisionFeatures.NAMES.size();
        String json = "{\"version\":\"decision-4\",\"features\":" + featuresJson()
                + ",\"means\":" + repeated("0", d) + ",\"scales\":" + repeated("1", d)
                + ",\"weights\":" + repeated("0", d + 1)
                + ",\"platt\":{\"a\":1,\"b\":0},\"threshold\":0.7}";

        DecisionRegimes read = DecisionRegimes.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(read.models()).containsOnlyKeys(DecisionRegimes.DEFAULT);
        assertThat(read.forRegime("vi-vi").threshold()).isEqualTo(0.7);
        assertThat(read.version()).isEqualTo("decision-4");
    }

    @Test
    void aFileWithoutTheDefaultRegimeIsRefused() {
        assertThatThrownBy(() -> new DecisionRegimes("decision-5", Map.of("vi-vi", model("decision-5", 0.6))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedModelFitsThisCode() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/drafting/decision-model.json")) {
            DecisionRegimes shipped = DecisionRegimes.read(in);

            assertThat(shipped.forRegime(DecisionRegimes.DEFAULT).features()).isEqualTo(DecisionFeatures.NAMES);
            // Every regime the application fits by default has a model of its own in the shipped file.
            assertThat(shipped.models())
                    .containsKeys(new DraftingProperties(null, "m", 0.98, null, 0.8, 3, 0.8, 0.5, Path.of("p"))
                            .regimes()
                            .keySet()
                            .toArray(String[]::new));
            // Each regime at its own operating point: Vietnamese law drafts at a lower confidence than
            // the seed documents' questions, whose unanswerable ones must all be escalated.
            assertThat(shipped.forRegime("vi-vi").threshold())
                    .isBetween(0.0, 1.0)
                    .isLessThan(shipped.forRegime(DecisionRegimes.DEFAULT).threshold());
        }
    }

    private static DecisionModel model(String version, double threshold) {
        int d = DecisionFeatures.NAMES.size();
        double[] scales = new double[d];
        java.util.Arrays.fill(scales, 1);
        double[] weights = new double[d + 1];
        weights[1] = threshold;
        return new DecisionModel(
                version, DecisionFeatures.NAMES, new double[d], scales, weights, 1, 0, threshold, Map.of());
    }

    private static String repeated(String value, int times) {
        return java.util.Collections.nCopies(times, value).stream()
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }

    private static String featuresJson() {
        return DecisionFeatures.NAMES.stream()
                .map(name -> "\"" + name + "\"")
                .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
