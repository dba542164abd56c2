package org.standingoffice.drafting.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.standingoffice.drafting.DecisionTraining;
import org.standingoffice.search.RetrievalResult;

/** Fits a {@link DecisionModel} with {@link DecisionFitting} over {@link DecisionFeatures}. */
final class LogisticDecisionTraining implements DecisionTraining {

    private final DecisionFeatures features;
    private final DecisionRegimes current;
    private final double escalatedShare;
    private final Map<String, Double> regimes;

    /**
     * @param escalatedShare the default model's operating point
     * @param regimes the regimes fitted apart when there are enough examples, each with its own
     *     operating point
     */
    LogisticDecisionTraining(
            DecisionFeatures features, DecisionRegimes current, double escalatedShare, Map<String, Double> regimes) {
        this.features = features;
        this.current = current;
        this.escalatedShare = escalatedShare;
        this.regimes = Map.copyOf(regimes);
    }

    @Override
    public Fitted fit(List<Example> examples, long seed) {
        List<DecisionFitting.Example> rows = examples.stream()
                .map(example -> new DecisionFitting.Example(
                        features.of(example.result()),
                        example.right(),
                        example.unanswerable(),
                        DecisionFeatures.regime(example.result()),
                        example.counterfactual(),
                        example.group()))
                .toList();
        DecisionRegimes fitted =
                DecisionFitting.fit(rows, nextVersion(current.version()), escalatedShare, regimes, seed);
        Map<String, Object> fittedOn = new LinkedHashMap<>();
        fitted.models().forEach((regime, model) -> {
            String prefix = regime.equals(DecisionRegimes.DEFAULT) ? "" : regime + " ";
            if (!prefix.isEmpty()) {
                fittedOn.put(prefix + "threshold", model.threshold());
            }
            model.fittedOn().forEach((key, value) -> fittedOn.put(prefix + key, value));
        });
        DecisionModel fallback = fitted.forRegime(DecisionRegimes.DEFAULT);
        return new Fitted(fitted.version(), fallback.threshold(), fitted.toJson(), fittedOn);
    }

    @Override
    public String regime(RetrievalResult result) {
        return DecisionFeatures.regime(result);
    }

    @Override
    public List<String> featureNames() {
        return DecisionFeatures.NAMES;
    }

    @Override
    public double[] features(RetrievalResult result) {
        return features.of(result);
    }

    /** {@code decision-3} after {@code decision-2}; {@code decision-1} after anything else. */
    static String nextVersion(String version) {
        try {
            return "decision-" + (Integer.parseInt(version.substring(version.lastIndexOf('-') + 1)) + 1);
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return "decision-1";
        }
    }
}
