package org.standingoffice.knowledge;

/** A knowledge-base file that cannot be ingested; the message says which file and why. */
public class IngestionException extends RuntimeException {

    public IngestionException(String message) {
        super(message);
    }

    public IngestionException(String message, Throwable cause) {
        super(message, cause);
    }
}
