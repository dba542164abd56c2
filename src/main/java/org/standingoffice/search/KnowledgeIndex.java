package org.standingoffice.search;

import java.time.LocalDate;
import java.util.List;

/** The index kept in step with the knowledge base. */
public interface KnowledgeIndex {

    /**
     * Brings the index in line with the knowledge base: files whose content hash changed are
     * re-ingested, removed files are dropped, and all of it becomes visible to searches at once.
     * Runs one at a time.
     */
    ReindexReport reindex();

    /**
     * Deadlines written in the indexed documents that fall on or before {@code dueBy} (all of
     * them when {@code null}), monthly ones included, soonest first; one entry per deadline of a
     * document point, in {@code language} where that rendering exists.
     */
    List<DueItem> deadlines(LocalDate dueBy, String language);

    int passageCount();
}
