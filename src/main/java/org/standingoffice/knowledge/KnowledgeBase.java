package org.standingoffice.knowledge;

import java.util.List;

/** The documents the office answers from. */
public interface KnowledgeBase {

    /**
     * The ingestible files (Markdown and text with front matter, PDF, DOCX, HTML), sorted by name.
     * Sidecar metadata files and the glossary are not listed; their content is part of the hash
     * of the file they describe.
     */
    List<SourceFile> files();

    /**
     * Reads, cleans and chunks one file.
     *
     * @throws IngestionException when the file or its metadata cannot be read or is invalid
     */
    IngestedFile ingest(SourceFile file);

    /** The domain glossary for cross-lingual query expansion; empty when none is shipped. */
    Glossary glossary();

    /**
     * Brings the files {@link #files()} lists in line with the deployment's knowledge base: imports
     * new and changed files of this instance's folder, writes the documents other instances stored,
     * and removes what was removed. Call it before listing the files for an index.
     *
     * @return the knowledge version the files now reflect; 0 when there is nothing to follow
     */
    default long synchronise() {
        return 0;
    }

    /** The stored versions of the file of that name, newest first; none when nothing is stored. */
    default List<StoredVersion> history(String name) {
        return List.of();
    }

    /** The deployment's knowledge version now; an index behind it should synchronise. */
    default long latestVersion() {
        return 0;
    }

    /** How askers type (filler, phone shorthand, words to restore diacritics to); none by default. */
    default TypingHabits typingHabits() {
        return TypingHabits.none();
    }
}
