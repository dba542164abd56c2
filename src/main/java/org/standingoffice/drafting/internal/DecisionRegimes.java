package org.standingoffice.drafting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decision model file: one fitted {@link DecisionModel} per regime ({@link
 * DecisionFeatures#regime}, e.g. {@code vi-vi}), each with the threshold of its own operating
 * point, and the {@link #DEFAULT} model for every other regime. A Vietnamese question over
 * Vietnamese law and one over English documents give the same features different meanings, and
 * an office wants different operating points for them; one model with one threshold had to
 * serve the strictest.
 *
 * @param version changes with every refit, shown with every assessment
 * @param models by regime, {@link #DEFAULT} always among them
 */
record DecisionRegimes(String version, Map<String, DecisionModel> models) {

    /** The regime of every result no model of its own was fitted for. */
    static final String DEFAULT = "*";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    DecisionRegimes {
        if (!models.containsKey(DEFAULT)) {
            throw new IllegalArgumentException("decision model " + version + " has no default regime");
        }
        models = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(models));
    }

    /** One model for every regime (a file written before regimes, tests). */
    static DecisionRegimes single(DecisionModel model) {
        return new DecisionRegimes(model.version(), Map.of(DEFAULT, model));
    }

    /** The model for {@code regime}: its own when one was fitted, the default otherwise. */
    DecisionModel forRegime(String regime) {
        return models.getOrDefault(regime, models.get(DEFAULT));
    }

    /**
     * Reads a model file; refuses one whose features are not the ones this code computes. A file
     * without {@code regimes} is one model for all.
     */
    static DecisionRegimes read(InputStream in) {
        try {
            JsonNode node = JSON.readTree(in.readAllBytes());
            String version = node.path("version").asString();
            List<String> features = new ArrayList<>();
            node.path("features").forEach(name -> features.add(name.asString()));
            if (!features.equals(DecisionFeatures.NAMES)) {
                throw new IllegalStateException("decision model " + version + " has features " + features
                        + ", this version computes " + DecisionFeatures.NAMES);
            }
            if (!node.has("regimes")) {
                return single(DecisionModel.of(version, features, node));
            }
            Map<String, DecisionModel> models = new LinkedHashMap<>();
            node.path("regimes")
                    .properties()
                    .forEach(
                            entry -> models.put(entry.getKey(), DecisionModel.of(version, features, entry.getValue())));
            return new DecisionRegimes(version, models);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file {@link #read} reads: version and features once, then each regime's model. */
    String toJson() {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("version", version);
        file.put("features", models.get(DEFAULT).features());
        Map<String, Object> regimes = new LinkedHashMap<>();
        models.forEach((regime, model) -> regimes.put(regime, model.parameters()));
        file.put("regimes", regimes);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file);
    }
}
