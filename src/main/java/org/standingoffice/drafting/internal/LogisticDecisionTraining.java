package org.standingoffice.drafting.internal;

import java.util.List;
import org.standingoffice.drafting.DecisionTraining;
import org.standingoffice.search.RetrievalResult;

/** Fits a {@link DecisionModel} with {@link DecisionFitting} over {@link DecisionFeatures}. */
final class LogisticDecisionTraining implements DecisionTraining {

    private final DecisionFeatures features;
    private final DecisionModel current;
    private final double escalatedShare;

    LogisticDecisionTraining(DecisionFeatures features, DecisionModel current, double escalatedShare) {
        this.features = features;
        this.current = current;
        this.escalatedShare = escalatedShare;
    }

    @Override
    public Fitted fit(List<Example> examples, long seed) {
        List<DecisionFitting.Example> rows = examples.stream()
                .map(example -> new DecisionFitting.Example(
                        features.of(example.result()), example.right(), example.unanswerable()))
                .toList();
        DecisionModel model = DecisionFitting.fit(rows, nextVersion(current.version()), escalatedShare, seed);
        return new Fitted(model.version(), model.threshold(), model.toJson(), model.fittedOn());
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
