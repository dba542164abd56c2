package org.standingoffice.drafting;

/** Whether the documents answer a question or staff must. */
public enum Decision {
    ANSWER,
    ESCALATE
}
