package org.standingoffice.drafting;

/**
 * How sure the decision is that the documents answer the question, in the few steps staff read
 * (the number itself is kept beside it): {@link #LOW} is below the answer threshold, i.e. an
 * escalated question's suggestion.
 */
public enum ConfidenceLevel {
    LOW,
    MEDIUM,
    HIGH
}
