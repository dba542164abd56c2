package org.standingoffice.search;

import org.standingoffice.knowledge.Deadline;

/** A deadline and where it is written. */
public record DueItem(Deadline deadline, String document, String title, String section, String language) {}
