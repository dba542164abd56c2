package org.standingoffice.drafting;

import java.time.LocalDate;
import org.standingoffice.knowledge.SourceDocument;

/**
 * What kind of document, who issued it and when: how a citation names a document whose number is
 * a placeholder ("Kết luận của Bộ Chính trị, Ban Bí thư ngày 16/5/2025"), so that no reader takes
 * the placeholder for an official number.
 *
 * @param type the knowledge base's document type ("conclusion"), possibly empty
 * @param issuer the issuing body as the metadata writes it, possibly empty
 * @param date the date of the document, or {@code null}
 */
public record Issuance(String type, String issuer, LocalDate date) {

    public Issuance {
        type = type == null ? "" : type.strip();
        issuer = issuer == null ? "" : issuer.strip();
    }

    /** How to name {@code document} instead of its number; {@code null} when its number is verified. */
    public static Issuance ofUnverified(SourceDocument document) {
        return document.numberVerified() ? null : new Issuance(document.type(), document.issuer(), document.date());
    }
}
