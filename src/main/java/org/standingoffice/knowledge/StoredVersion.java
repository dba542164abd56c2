package org.standingoffice.knowledge;

import java.time.Instant;

/**
 * One version of a document file as the database keeps it.
 *
 * @param storedBy the account that uploaded it; {@code null} when it was imported from an
 *     instance's {@code knowledge-base/} folder
 * @param removed whether this version removed the document (its file was deleted from a folder)
 */
public record StoredVersion(int version, String storedBy, Instant storedAt, boolean removed) {}
