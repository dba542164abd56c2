package org.standingoffice.knowledge;

/**
 * An upload the knowledge base did not take; nothing of it was stored. The reason lets a caller
 * say why in the user's language; the detail is what to name (fields, a limit, the ingestion
 * error).
 */
public class UploadRefused extends RuntimeException {

    /** Why an upload was refused. */
    public enum Reason {
        /** The name is blank, has a path, is hidden, reserved or not a plain file name. */
        UNSAFE_NAME,
        /** The extension is not one of the accepted document types. */
        UNSUPPORTED_TYPE,
        EMPTY,
        /** Larger than the limit; the detail is the limit. */
        TOO_LARGE,
        /** A file of that name (or its sidecar) exists and replacing it was not asked for. */
        EXISTS,
        /** The form and the file's own front matter disagree; the detail names the fields. */
        CONFLICTING_METADATA,
        /** Number, title or language is given neither on the form nor in the file; the detail names them. */
        MISSING_METADATA,
        /** Reading or cutting the file failed; the detail is the ingestion error. */
        NOT_INGESTIBLE,
        /** The file was read but holds no text to answer from (a scanned PDF, an empty body). */
        NO_TEXT,
        /** The file could not be written to the knowledge-base folder; the detail is the I/O error. */
        NOT_STORED
    }

    private final Reason reason;
    private final String detail;

    public UploadRefused(Reason reason, String detail) {
        super(reason + (detail.isEmpty() ? "" : ": " + detail));
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
