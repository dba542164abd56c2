package org.standingoffice.desk;

/**
 * Published when an answer is approved or written by staff; the asker's channel delivers it and
 * then calls {@link Desk#markDelivered}.
 *
 * @param origin how the answer came about, for the metrics of draft outcomes
 */
public record QuestionAnswered(
        QuestionId id, String channel, String askerRef, String language, String text, Origin origin) {

    /** Where the text of an answer came from. */
    public enum Origin {
        /** The machine draft, approved unchanged. */
        APPROVED,
        /** The machine draft, approved after staff edited it. */
        EDITED,
        /** Written by staff for an escalated question or in place of a rejected draft. */
        WRITTEN,
        /** A registered answer to a near-duplicate question, sent without waiting for staff. */
        AUTO_REPLY
    }
}
