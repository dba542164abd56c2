package org.standingoffice.knowledge;

import java.io.InputStream;

/**
 * Adds a file to the knowledge base from outside the folder (the web console), so that it is
 * either there whole, with its metadata, and ingestible, or not there at all.
 */
public interface DocumentUpload {

    /**
     * Stores {@code content} as {@code fileName} at the top of the knowledge base. The metadata goes
     * into the front matter of Markdown and text files and into a {@code NAME.meta.yaml} sidecar for
     * PDF, DOCX and HTML. A Markdown or text file that brings its own front matter keeps it: a field
     * given in {@code metadata} must then say the same as the file, and a field the file lacks is
     * added. Blank fields and {@code null} dates of {@code metadata} are not given.
     *
     * <p>The file is read, checked and ingested in a hidden staging folder first and only then
     * moved into place (an atomic rename), so a refused or broken upload leaves the knowledge base
     * as it was, and a reindex never sees half a file. The caller reindexes afterwards.
     *
     * <p>The file is stored in the database as a new version of the document, with
     * {@code uploadedBy} and the time, so every instance's index follows; this instance's folder
     * holds it at once.
     *
     * @param replace whether an existing file of that name (and its sidecar) may be overwritten
     * @param uploadedBy who uploaded it, as the audit of the knowledge base shows it
     * @return the stored file as ingested
     * @throws UploadRefused when the name, type, size, metadata or content is not acceptable
     */
    IngestedFile upload(
            String fileName, InputStream content, SourceDocument metadata, boolean replace, String uploadedBy);
}
