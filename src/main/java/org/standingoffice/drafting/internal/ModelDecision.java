package org.standingoffice.drafting.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.standingoffice.drafting.Assessment;
import org.standingoffice.drafting.Decision;
import org.standingoffice.knowledge.Glossary;
import org.standingoffice.search.RetrievalResult;

/**
 * The answer decision: the fitted {@link DecisionModel} over the {@link DecisionFeatures} of a
 * retrieval result, and the reasons behind it — the features that pull its confidence down, as
 * typed reasons with the question's own words they concern.
 */
final class ModelDecision {

    /** Words named in one reason at most: enough for staff to see what is missing. */
    private static final int TERMS_PER_REASON = 5;

    private final DecisionRegimes models;
    private final DecisionFeatures features;
    private final Double threshold;

    /**
     * @param threshold the confidence at or above which the documents answer; null: each regime's
     *     model's own operating point (an office sets one for all with {@code
     *     office.drafting.answer-threshold})
     */
    ModelDecision(DecisionRegimes models, DecisionFeatures features, Double threshold) {
        this.models = models;
        this.features = features;
        this.threshold = threshold;
    }

    /** One model for every regime, at its own threshold (tests). */
    ModelDecision(DecisionModel model, DecisionFeatures features, double threshold) {
        this(DecisionRegimes.single(model), features, threshold);
    }

    Assessment assess(RetrievalResult result) {
        DecisionModel model = models.forRegime(DecisionFeatures.regime(result));
        double threshold = this.threshold != null ? this.threshold : model.threshold();
        if (result.passages().isEmpty()) {
            return new Assessment(
                    0,
                    threshold,
                    Decision.ESCALATE,
                    List.of(Assessment.Reason.of(Assessment.Kind.NO_PASSAGES)),
                    model.version());
        }
        double[] x = features.of(result);
        if (DecisionFeatures.ruledOut(x)) {
            return new Assessment(0, threshold, Decision.ESCALATE, ruledOutReasons(model, result, x), model.version());
        }
        double confidence = model.confidence(x);
        Decision decision = confidence >= threshold ? Decision.ANSWER : Decision.ESCALATE;
        return new Assessment(confidence, threshold, decision, reasons(model, result, x), model.version());
    }

    /** The missing numbers and places first, then whatever else the model holds against answering. */
    private List<Assessment.Reason> ruledOutReasons(DecisionModel model, RetrievalResult result, double[] x) {
        List<Assessment.Reason> reasons = new ArrayList<>();
        for (Assessment.Kind kind :
                List.of(Assessment.Kind.NUMBER_OR_YEAR_NOT_FOUND, Assessment.Kind.PLACE_NOT_FOUND)) {
            List<String> terms = terms(kind, result);
            if (!terms.isEmpty()) {
                reasons.add(new Assessment.Reason(kind, terms));
            }
        }
        if (!features.counted(result)) {
            reasons.add(new Assessment.Reason(
                    Assessment.Kind.NO_COUNT_IN_PASSAGES, result.reading().counted()));
        }
        reasons(model, result, x).stream()
                .filter(reason -> reasons.stream().noneMatch(earlier -> earlier.kind() == reason.kind()))
                .forEach(reasons::add);
        return reasons;
    }

    private List<Assessment.Reason> reasons(DecisionModel model, RetrievalResult result, double[] x) {
        Set<Assessment.Kind> kinds = new LinkedHashSet<>();
        for (String feature : model.against(x)) {
            Assessment.Kind kind = DecisionFeatures.reasonOf(feature);
            if (kind == Assessment.Kind.NO_DATE_IN_PASSAGES) {
                // The answer type the question asks for decides which "no … in the passages" it is.
                kind = switch (result.reading().answerType()) {
                    case BODY -> Assessment.Kind.NO_BODY_IN_PASSAGES;
                    case NUMBER -> Assessment.Kind.NO_NUMBER_IN_PASSAGES;
                    case AMOUNT -> Assessment.Kind.NO_AMOUNT_IN_PASSAGES;
                    case AGE -> Assessment.Kind.NO_AGE_IN_PASSAGES;
                    case TIME -> Assessment.Kind.NO_TIME_IN_PASSAGES;
                    case DATE -> Assessment.Kind.NO_DATE_IN_PASSAGES;
                    case DAY -> Assessment.Kind.NO_DAY_IN_PASSAGES;
                    case PLACE -> Assessment.Kind.NO_PLACE_IN_PASSAGES;
                    default -> null;
                };
                if (kind == null || features.carriesAnswerType(result)) {
                    continue;
                }
            }
            kinds.add(kind);
        }
        List<Assessment.Reason> reasons = new ArrayList<>();
        for (Assessment.Kind kind : kinds) {
            List<String> terms = terms(kind, result);
            if (kind == Assessment.Kind.TERMS_NOT_FOUND && terms.isEmpty()) {
                kind = Assessment.Kind.WEAK_MATCH;
            }
            if ((kind == Assessment.Kind.NUMBER_OR_YEAR_NOT_FOUND
                            || kind == Assessment.Kind.PLACE_NOT_FOUND
                            || kind == Assessment.Kind.BODY_NOT_FOUND)
                    && terms.isEmpty()) {
                continue;
            }
            Assessment.Reason reason = new Assessment.Reason(kind, terms);
            if (reasons.stream().noneMatch(earlier -> earlier.kind() == reason.kind())) {
                reasons.add(reason);
            }
        }
        return reasons;
    }

    private List<String> terms(Assessment.Kind kind, RetrievalResult result) {
        List<String> terms = new ArrayList<>();
        if (kind == Assessment.Kind.TERMS_NOT_FOUND) {
            terms.addAll(result.signals().unknownWords());
            terms.addAll(features.missingWords(result));
            // A missing body has a reason of its own; named twice, staff read it twice.
            List<String> bodies =
                    features.missingBodies(result).stream().map(Glossary::fold).toList();
            terms.removeIf(term -> bodies.contains(Glossary.fold(term)));
            // Shown to staff as the asker wrote them: whole phrases, the asker's own spelling.
            terms = AskedTerms.of(
                    terms.stream().distinct().toList(),
                    result.question(),
                    result.reading().normalised());
        } else if (kind == Assessment.Kind.NUMBER_OR_YEAR_NOT_FOUND) {
            terms.addAll(features.missingNumbers(result));
        } else if (kind == Assessment.Kind.PLACE_NOT_FOUND) {
            terms.addAll(features.missingPlaces(result));
        } else if (kind == Assessment.Kind.BODY_NOT_FOUND) {
            terms.addAll(features.missingBodies(result));
        }
        return terms.stream().distinct().limit(TERMS_PER_REASON).toList();
    }
}
