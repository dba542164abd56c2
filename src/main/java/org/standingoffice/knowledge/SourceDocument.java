package org.standingoffice.knowledge;

import java.time.LocalDate;

/**
 * Metadata of one rendering of an official document. Several renderings (versions, translations)
 * of the same document share its {@code number}.
 *
 * @param number the official number, e.g. {@code 183-KL/TW}; the identity of the document
 * @param version free text saying which rendering this is (may be empty)
 * @param validUntil last day the document is in force, or {@code null} when open-ended
 * @param numberVerified whether {@code number} is the official number; {@code false} for a
 *     placeholder (front matter {@code number_verified: false}), which stays the document's key for
 *     indexing and links but is never cited to a reader
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
        LocalDate validUntil,
        boolean numberVerified) {

    /** A document whose number is the official one. */
    public SourceDocument(
            String number,
            String title,
            String type,
            String issuer,
            LocalDate date,
            String language,
            String source,
            String version,
            String supersedes,
            LocalDate validUntil) {
        this(number, title, type, issuer, date, language, source, version, supersedes, validUntil, true);
    }

    /**
     * How readily an asker writing in {@code askerLanguage} reads this rendering, lower first: 0 in
     * their own language, 1 in English (the rendering most readers of a translation share), 2 in any
     * other. One point found in several renderings is shown in the most readable one.
     */
    public int readability(String askerLanguage) {
        return language.equals(askerLanguage) ? 0 : language.equals("en") ? 1 : 2;
    }
}
