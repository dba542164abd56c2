package org.standingoffice.console.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.standingoffice.knowledge.SourceDocument;

/**
 * The metadata fields of the upload form, as typed. Dates stay text until {@link #metadata()},
 * so a refused upload can give the form back exactly as it was filled in.
 */
record UploadForm(
        String number,
        String title,
        String type,
        String issuer,
        String date,
        String language,
        String version,
        String supersedes,
        String validUntil,
        String source,
        Boolean replace) {

    static final UploadForm EMPTY = new UploadForm(null, null, null, null, null, null, null, null, null, null, null);

    /** An unticked checkbox sends nothing, so the field is absent rather than false. */
    boolean replacing() {
        return Boolean.TRUE.equals(replace);
    }

    /**
     * The metadata the form gives; blank fields give nothing.
     *
     * @throws DateTimeParseException when a date is not written YYYY-MM-DD
     */
    SourceDocument metadata() {
        return new SourceDocument(
                text(number),
                text(title),
                text(type),
                text(issuer),
                date(date),
                text(language),
                text(source),
                text(version),
                text(supersedes),
                date(validUntil));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }
}
