package org.standingoffice.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
    void theShippedModelFitsThisCode() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/drafting/decision-model.json")) {
            DecisionModel shipped = DecisionModel.read(in);

            assertThat(shipped.features()).isEqualTo(DecisionFeatures.NAMES);
            assertThat(shipped.threshold()).isBetween(0.0, 1.0);
        }
    }
}
