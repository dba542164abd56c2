package org.standingoffice.knowledge;

import java.time.LocalDate;

/**
 * Metadata of one rendering of an official document. Several renderings (versions, translations)
 * of the same document share its {@code number}.
 *
 * @param number the official number, e.g. {@code 183-KL/TW}; the identity of the document
 * @param version free text saying which rendering this is (may be empty)
 * @param validUntil last day the document is in force, or {@code null} when open-ended
 */
public record SourceDocument(
        String number,
        String title,
        String type,
        String issuer,
        LocalDate date,
        String language,
        String source,
        String version,
        String supersedes,
        LocalDate validUntil) {}
