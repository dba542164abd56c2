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

    /** How askers type (filler, phone shorthand, words to restore diacritics to); none by default. */
    default TypingHabits typingHabits() {
        return TypingHabits.none();
    }
}
