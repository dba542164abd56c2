package org.standingoffice.search;

import org.standingoffice.knowledge.Deadline;
import org.standingoffice.knowledge.SourceDocument;

/**
 * A deadline and where it is written.
 *
 * @param source the rendering it was read from: pages name the document after it, by type, issuer
 *     and date where its number is a placeholder
 */
public record DueItem(Deadline deadline, SourceDocument source, String section) {

    /** The document's number, its key in the knowledge base. */
    public String document() {
        return source.number();
    }

    public String title() {
        return source.title();
    }

    public String language() {
        return source.language();
    }
}
