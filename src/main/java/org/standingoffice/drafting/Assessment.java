package org.standingoffice.drafting;

import java.util.List;
import java.util.Objects;

/**
 * How sure the decision is that the retrieved passages answer a question, what it decided, and
 * why. Made for every question the assistant drafts, answered or escalated, so staff can read the
 * reasons in words (each {@link Reason} is rendered through the message bundles, never shown as a
 * code).
 *
 * @param confidence calibrated probability, 0–1, that a draft from the passages answers the
 *     question (on the labelled sets, drafts stated at 0.8 were right about 80 % of the time)
 * @param threshold the confidence at or above which the documents are taken to answer
 * @param decision {@link Decision#ANSWER} exactly when {@code confidence >= threshold}, unless the
 *     guardrails or the drafter escalated the question for another reason
 * @param reasons what weighs against answering, most telling first; may be empty for a
 *     confident answer
 * @param model the version of the decision model that assessed it (e.g. {@code decision-3})
 */
public record Assessment(double confidence, double threshold, Decision decision, List<Reason> reasons, String model) {

    public Assessment {
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(decision);
        Objects.requireNonNull(model);
    }

    /**
     * One thing that speaks against the passages answering the question.
     *
     * @param kind what is wrong
     * @param terms the question's own words it concerns (e.g. the words no top passage carries, the
     *     year the passages do not name), as the asker typed them; empty when the kind says it all
     */
    public record Reason(Kind kind, List<String> terms) {

        public Reason {
            Objects.requireNonNull(kind);
            terms = List.copyOf(terms);
        }

        public static Reason of(Kind kind) {
            return new Reason(kind, List.of());
        }
    }

    /** The kinds of reason; each has a message {@code drafting.reason.<kind in kebab case>}. */
    public enum Kind {
        /** Retrieval found no passage at all. */
        NO_PASSAGES,
        /** Words of the question that none of the top passages contains (in any rendering). */
        TERMS_NOT_FOUND,
        /** A "when / until when / deadline" question, but no top passage names a date or period. */
        NO_DATE_IN_PASSAGES,
        /** An "on what date / which day" question, but no top passage names a day of a month. */
        NO_DAY_IN_PASSAGES,
        /** A "who / which body" question, but no top passage names a body or office. */
        NO_BODY_IN_PASSAGES,
        /** A "how many / how much" question, but no top passage carries a number. */
        NO_NUMBER_IN_PASSAGES,
        /** A "how many computers" question, but no top passage gives a number of computers. */
        NO_COUNT_IN_PASSAGES,
        /** A "how much money" question, but no top passage gives a sum of money or a rate. */
        NO_AMOUNT_IN_PASSAGES,
        /** An "at what age" question, but no top passage gives an age. */
        NO_AGE_IN_PASSAGES,
        /** An "opening hours / at what time of day" question, but no top passage gives a time of day. */
        NO_TIME_IN_PASSAGES,
        /** A "where / ở đâu" question, but no top passage names a place or premises. */
        NO_PLACE_IN_PASSAGES,
        /** The question names a year or document number that no top passage contains. */
        NUMBER_OR_YEAR_NOT_FOUND,
        /** The question names a province, city or commune that no top passage mentions. */
        PLACE_NOT_FOUND,
        /** The question names a body (a ministry, a committee) that no top passage names. */
        BODY_NOT_FOUND,
        /** The best passage hardly stands out from the rest of the documents. */
        NOT_SINGLED_OUT,
        /** The passages share only a little of the question. */
        WEAK_MATCH;

        /** The message bundle key for this kind: {@code drafting.reason.terms-not-found}. */
        public String messageKey() {
            return "drafting.reason."
                    + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
