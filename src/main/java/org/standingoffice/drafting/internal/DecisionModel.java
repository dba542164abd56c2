package org.standingoffice.drafting.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The fitted answer decision: standardisation of the {@link DecisionFeatures}, logistic weights,
 * the Platt scaling that turns the weighted sum into a calibrated probability, and the threshold
 * chosen for the operating point. Read from and written to a small JSON file, versioned, that
 * ships in the jar ({@code drafting/decision-model.json}) and that {@code calibrate} rewrites.
 *
 * @param version changes with every refit, shown with every assessment
 * @param features the feature names the weights belong to, in order
 * @param weights intercept first, then one weight per standardised feature
 * @param plattA the Platt slope on the weighted sum
 * @param plattB the Platt intercept
 * @param threshold calibrated confidence at or above which the documents are taken to answer
 * @param fittedOn what the model was fitted on and how it did there, for people
 */
record DecisionModel(
        String version,
        List<String> features,
        double[] means,
        double[] scales,
        double[] weights,
        double plattA,
        double plattB,
        double threshold,
        Map<String, Object> fittedOn) {

    DecisionModel {
        features = List.copyOf(features);
        if (means.length != features.size()
                || scales.length != features.size()
                || weights.length != features.size() + 1) {
            throw new IllegalArgumentException("model " + version + ": weights do not match its features");
        }
        fittedOn = new LinkedHashMap<>(fittedOn);
    }

    /** The weighted sum before calibration. */
    double score(double[] x) {
        return LogisticRegression.logit(weights, standardised(x));
    }

    /** The calibrated probability that a draft from these passages answers the question. */
    double confidence(double[] x) {
        return LogisticRegression.sigmoid(plattA * score(x) + plattB);
    }

    /**
     * The features that pull this example's score down the most, compared with the average
     * question the model was fitted on, most telling first.
     */
    List<String> against(double[] x) {
        double[] z = standardised(x);
        List<Integer> negative = new ArrayList<>();
        for (int j = 0; j < z.length; j++) {
            if (weights[j + 1] * z[j] < 0) {
                negative.add(j);
            }
        }
        negative.sort(Comparator.comparingDouble(j -> weights[j + 1] * z[j]));
        return negative.stream().map(features::get).toList();
    }

    private double[] standardised(double[] x) {
        double[] z = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            z[j] = (x[j] - means[j]) / scales[j];
        }
        return z;
    }

    /** Reads a file of one model for every regime; see {@link DecisionRegimes#read}. */
    static DecisionModel read(InputStream in) {
        return DecisionRegimes.read(in).forRegime(DecisionRegimes.DEFAULT);
    }

    /** The model whose parameters {@code node} holds, as {@link #parameters} wrote them. */
    static DecisionModel of(String version, List<String> features, JsonNode node) {
        Map<String, Object> fittedOn = new LinkedHashMap<>();
        node.path("fitted_on").properties().forEach(entry -> fittedOn.put(entry.getKey(), entry.getValue()));
        return new DecisionModel(
                version,
                features,
                array(node.path("means")),
                array(node.path("scales")),
                array(node.path("weights")),
                node.path("platt").path("a").asDouble(),
                node.path("platt").path("b").asDouble(),
                node.path("threshold").asDouble(),
                fittedOn);
    }

    /** Standardisation, weights, calibration, threshold and what it was fitted on. */
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("means", means);
        parameters.put("scales", scales);
        parameters.put("weights", weights);
        parameters.put("platt", Map.of("a", plattA, "b", plattB));
        parameters.put("threshold", threshold);
        parameters.put("fitted_on", fittedOn);
        return parameters;
    }

    /** The model as a file of one model for every regime. */
    String toJson() {
        return DecisionRegimes.single(this).toJson();
    }

    private static double[] array(JsonNode node) {
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = node.get(i).asDouble();
        }
        return values;
    }
}
