package org.standingoffice.knowledge;

import java.util.List;

/**
 * One retrievable unit of a document: a point, sub-point, article or paragraph.
 *
 * @param id stable within the knowledge base: source file, section and part
 * @param sourceFile the file it came from, relative to the knowledge base
 * @param section the section label as the document writes it ("4(2)", "3(1)(ii)", "Điều 31",
 *     "para. 3" for unnumbered paragraphs)
 * @param heading the headings and parent lead-ins the passage sits under (may be empty)
 */
public record Passage(
        String id,
        SourceDocument document,
        String sourceFile,
        String section,
        String heading,
        String text,
        List<Deadline> deadlines) {

    public Passage {
        deadlines = List.copyOf(deadlines);
    }

    /** The heading context and the text, as one string for indexing. */
    public String contextualText() {
        return heading.isEmpty() ? text : heading + "\n" + text;
    }
}
