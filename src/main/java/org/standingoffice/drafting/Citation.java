package org.standingoffice.drafting;

import org.standingoffice.knowledge.Passage;

/**
 * A document and the section of it a draft quotes, e.g. 183-KL/TW, 4(2).
 *
 * @param document the document's number, its key in the knowledge base (a placeholder when the
 *     official number is not verified)
 * @param namedBy how readers are told which document it is when its number is a placeholder;
 *     {@code null} when the number names it (and in citations stored before placeholders were marked)
 */
public record Citation(String document, String section, Issuance namedBy) {

    /** A citation of a document whose number is the official one. */
    public Citation(String document, String section) {
        this(document, section, null);
    }

    /** The citation of {@code passage}: the one way drafts, notes and staff cite a retrieved passage. */
    public static Citation of(Passage passage) {
        return new Citation(passage.document().number(), passage.section(), Issuance.ofUnverified(passage.document()));
    }
}
