package org.standingoffice.drafting;

/** What in a draft nobody checked against the documents word for word, for staff to check. */
public enum Unverified {
    /** A language model wrote the sentences around the quotes; only quotes, labels and numbers were checked. */
    MODEL_WORDING,
    /** The language model's draft could not be used; this is the extractive draft instead. */
    MODEL_FALLBACK,
    /**
     * The decision escalated: the suggestion quotes the best passages, but they may not answer the
     * question.
     */
    MAY_NOT_ANSWER
}
