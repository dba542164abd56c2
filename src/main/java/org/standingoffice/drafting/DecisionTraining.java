package org.standingoffice.drafting;

import java.util.List;
import java.util.Map;
import org.standingoffice.search.RetrievalResult;

/**
 * Fits the answer decision to labelled retrieval results: what {@code calibrate} uses to write a
 * new decision model file, for the shipped model or an office's own labelled questions.
 */
public interface DecisionTraining {

    /**
     * One labelled question as retrieval saw it.
     *
     * @param right a draft from the result's passages answers the question (its evidence is among
     *     the passages a draft quotes)
     * @param unanswerable the documents, as indexed for this question, do not answer it: the
     *     threshold is set to escalate these
     * @param counterfactual an answerable question asked again without the passages that answer it:
     *     more unanswerable examples like the answerable ones, but not a question anyone asked, so
     *     the stated confidence is not calibrated on it
     * @param group examples that must fall in one fold of the cross-validation: the questions about
     *     one answering point (its rewordings, counterfactuals and leave-one-outs), or one question
     *     with its variants. Split apart, each fold would be scored on questions whose twins it was
     *     fitted on, and the out-of-fold figures, threshold and calibration would flatter the model
     */
    record Example(RetrievalResult result, boolean right, boolean unanswerable, boolean counterfactual, String group) {}

    /**
     * A fitted model.
     *
     * @param json the model file, to be read back with {@code office.drafting.decision-model}
     * @param fittedOn the numbers of examples and the out-of-fold figures the fit reached
     */
    record Fitted(String version, double threshold, String json, Map<String, Object> fittedOn) {}

    /**
     * Fits weights, calibration and threshold, per regime; the same examples and seed give the same
     * model.
     * The version is the next after the model now loaded.
     */
    Fitted fit(List<Example> examples, long seed);

    /** The names of the features the decision weighs, in the order {@link #features} gives them. */
    List<String> featureNames();

    /**
     * The regime of one result (its question's and best passage's languages, as {@code vi-vi}):
     * regimes named in {@code office.drafting.regimes} get a model of their own.
     */
    String regime(RetrievalResult result);

    /** The features of one result, for inspecting what a fit saw. */
    double[] features(RetrievalResult result);
}
