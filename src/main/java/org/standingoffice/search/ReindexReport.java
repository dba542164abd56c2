package org.standingoffice.search;

import java.time.Duration;
import java.util.List;

/**
 * What a synchronisation of the index with the knowledge base did.
 *
 * @param failures files that could not be ingested, with the reason; their previously indexed
 *     version, if any, stays searchable
 * @param changedDocuments numbers of the documents added, changed or removed
 */
public record ReindexReport(
        int added,
        int updated,
        int removed,
        int unchanged,
        int passages,
        List<String> failures,
        List<String> changedDocuments,
        Duration took) {

    public ReindexReport {
        failures = List.copyOf(failures);
        changedDocuments = List.copyOf(changedDocuments);
    }
}
