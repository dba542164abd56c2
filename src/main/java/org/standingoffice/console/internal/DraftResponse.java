package org.standingoffice.console.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.standingoffice.desk.DraftView;
import org.standingoffice.drafting.Citation;
import org.standingoffice.drafting.Escalation;
import org.standingoffice.drafting.QuoteFormat;
import org.standingoffice.drafting.StaffNotes;

/** A draft or a final answer as the API shows it: a {@link DraftView} whose citations carry their text. */
@Schema(name = "Draft")
record DraftResponse(
        @Schema(description = "MACHINE or FINAL") String kind,
        String text,
        List<CitationResponse> citations,
        String drafter,
        Instant createdAt,
        String createdBy,
        Escalation escalation,
        StaffNotes notes) {

    /**
     * @param document the document's key in the knowledge base: its official number, or a
     *     placeholder when that is not verified, so show {@code text}, never this
     * @param text the citation as the answer writes it ("Kết luận 183-KL/TW, điểm 4(2)")
     */
    @Schema(name = "Citation")
    record CitationResponse(String document, String section, String text) {}

    static DraftResponse of(DraftView view, QuoteFormat quotes, Locale reader) {
        if (view == null) {
            return null;
        }
        return new DraftResponse(
                view.kind(),
                view.text(),
                view.citations().stream()
                        .map(citation -> cited(citation, quotes, reader))
                        .toList(),
                view.drafter(),
                view.createdAt(),
                view.createdBy(),
                view.escalation(),
                view.notes());
    }

    private static CitationResponse cited(Citation citation, QuoteFormat quotes, Locale reader) {
        return new CitationResponse(citation.document(), citation.section(), quotes.format(citation, reader));
    }
}
