package org.standingoffice.knowledge;

import java.util.List;

/** The outcome of ingesting one file: its document metadata and its passages. */
public record IngestedFile(SourceFile file, SourceDocument document, List<Passage> passages) {

    public IngestedFile {
        passages = List.copyOf(passages);
    }
}
