package org.standingoffice.search;

import java.util.List;

/** Published after a reindex that changed documents, with their numbers. */
public record KnowledgeReindexed(List<String> changedDocuments) {

    public KnowledgeReindexed {
        changedDocuments = List.copyOf(changedDocuments);
    }
}
