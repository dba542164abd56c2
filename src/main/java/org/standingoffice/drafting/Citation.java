package org.standingoffice.drafting;

/** A document number and the section of it a draft quotes, e.g. 183-KL/TW, 4(2). */
public record Citation(String document, String section) {}
