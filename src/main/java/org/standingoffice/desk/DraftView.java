package org.standingoffice.desk;

import java.time.Instant;
import java.util.List;
import org.standingoffice.drafting.Citation;

/**
 * One version of an answer: the machine draft, or the text staff finally sent.
 *
 * @param kind {@code MACHINE} or {@code FINAL}
 */
public record DraftView(
        String kind, String text, List<Citation> citations, String drafter, Instant createdAt, String createdBy) {}
